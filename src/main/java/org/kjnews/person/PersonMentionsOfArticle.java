package org.kjnews.person;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.kjnews.article.ArticleMentions;
import org.kjnews.article.LinkedMention;
import org.springframework.stereotype.Component;

@Component
class PersonMentionsOfArticle implements ArticleMentions {

	private final EntityManager em;

	PersonMentionsOfArticle(EntityManager em) {
		this.em = em;
	}

	@Override
	public List<LinkedMention> in(long articleId) {
		return em.createQuery("""
				select new org.kjnews.article.LinkedMention(org.kjnews.extract.EntityType.PERSON, p.slug, p.name,
				  m.surface, m.block, m.startOffset, m.endOffset)
				from PersonMention m join m.person p where m.article.id = :id order by m.block, m.startOffset""",
				LinkedMention.class).setParameter("id", articleId).getResultList();
	}

}
