package org.kjnews.organization;

import org.kjnews.article.Article;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OrganizationMentionRepository extends Repository<OrganizationMention, Long> {

	OrganizationMention save(OrganizationMention mention);

	@Modifying
	@Query("delete from OrganizationMention m where m.article = :article")
	int deleteByArticle(Article article);

}
