package org.kjnews.person;

import org.kjnews.article.Article;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PersonMentionRepository extends Repository<PersonMention, Long> {

	PersonMention save(PersonMention mention);

	@Modifying
	@Query("delete from PersonMention m where m.article = :article")
	int deleteByArticle(Article article);

}
