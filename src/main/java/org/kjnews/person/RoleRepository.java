package org.kjnews.person;

import org.kjnews.article.Article;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoleRepository extends Repository<Role, Long> {

	Role save(Role role);

	@Modifying
	@Query("delete from Role r where r.article = :article")
	int deleteByArticle(Article article);

}
