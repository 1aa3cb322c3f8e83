package org.kjnews.organization;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
import org.springframework.stereotype.Component;

@Component
class OrganizationMentionsOfArticle implements ArticleMentions {

	private final EntityManager em;

	OrganizationMentionsOfArticle(EntityManager em) {
		this.em = em;
	}

	@Override
	public List<LinkedMention> in(long articleId) {
		return em.createQuery("""
				select new org.kjnews.article.LinkedMention(org.kjnews.extract.EntityType.ORGANIZATION, o.slug,
				  o.name, m.surface, m.block, m.startOffset, m.endOffset)
				from OrganizationMention m join m.organization o where m.article.id = :id order by m.block, m.startOffset""",
				LinkedMention.class).setParameter("id", articleId).getResultList();
	}

}
