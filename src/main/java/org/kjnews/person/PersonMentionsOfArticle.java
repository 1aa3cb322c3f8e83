package org.kjnews.person;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
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
				em.createQuery("select p.slug, p.name, m.places from PersonMention m join m.person p"
						+ " where m.article.id = :id", Object[].class)
					.setParameter("id", articleId)
					.getResultList()
					.stream());
	}

}
