package org.kjnews.person;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
import org.kjnews.article.MentionRow;
import org.kjnews.extract.EntityType;
import org.springframework.stereotype.Component;

@Component
class PersonMentionsOfArticle implements ArticleMentions {

	private final EntityManager em;

	PersonMentionsOfArticle(EntityManager em) {
		this.em = em;
	}

	@Override
	public List<LinkedMention> in(long articleId) {
		return ArticleMentions.inTextOrder(EntityType.PERSON,
				em.createQuery(MentionRow.SELECT + "from PersonMention m join m.person e where m.article.id = :id",
						MentionRow.class)
					.setParameter("id", articleId)
					.getResultList());
	}

}
