package org.kjnews.organization;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
import org.kjnews.article.MentionRow;
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
				em.createQuery(MentionRow.SELECT
						+ "from OrganizationMention m join m.organization e where m.article.id = :id", MentionRow.class)
					.setParameter("id", articleId)
					.getResultList());
	}

}
