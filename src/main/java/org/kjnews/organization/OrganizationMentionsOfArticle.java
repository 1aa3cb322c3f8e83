package org.kjnews.organization;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
import org.kjnews.extract.EntityType;
import org.springframework.stereotype.Component;

@Component
class OrganizationMentionsOfArticle implements ArticleMentions {

	private final EntityManager em;

	OrganizationMentionsOfArticle(EntityManager em) {
		this.em = em;
	}

	@Override
	public List<LinkedMention> in(long articleId) {
		return ArticleMentions.inTextOrder(EntityType.ORGANIZATION,
				em.createQuery("select o.slug, o.name, m.places from OrganizationMention m"
						+ " join m.organization o where m.article.id = :id", Object[].class)
					.setParameter("id", articleId)
					.getResultList()
					.stream());
	}

}
