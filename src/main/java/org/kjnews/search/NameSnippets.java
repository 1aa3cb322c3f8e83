package org.kjnews.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Snippets for the hits that a search found through a name rather than through its words ({@code 일본무역진흥기구} finds the
 * articles that write "Korea Chamber of Commerce and Industry"): the first sentence in which the article names one
 * of those people or organizations, with the name as the article writes it marked.
 */
@Component
@Transactional(readOnly = true)
class NameSnippets {

	private final EntityManager em;

	NameSnippets(EntityManager em) {
		this.em = em;
	}

	/** By article id, a marked sentence naming one of those named; articles that name none are left out. */
	Map<Long, String> of(Collection<Long> articles, ExactNames.Named named) {
		Map<Long, Mention> first = new HashMap<>();
		if (!articles.isEmpty() && !named.people().isEmpty()) {
			earliest(first, "PersonMention", "person", articles, named.people());
		}
		if (!articles.isEmpty() && !named.organizations().isEmpty()) {
			earliest(first, "OrganizationMention", "organization", articles, named.organizations());
		}
		Map<Long, String> snippets = new HashMap<>();
		first.forEach((article, mention) -> snippets.put(article, Snippets.marking(mention.sentence(), mention.surface())));
		return snippets;
	}

	private void earliest(Map<Long, Mention> first, String entity, String role, Collection<Long> articles,
			List<Long> ids) {
		em.createQuery("select m.article.id, m.block, m.startOffset, m.sentence, m.surface from " + entity
				+ " m where m." + role + ".id in :ids and m.article.id in :articles and m.block >= 0", Object[].class) // not the title
			.setParameter("ids", ids)
			.setParameter("articles", articles)
			.getResultStream()
			.forEach(r -> {
				Mention mention = new Mention((Integer) r[1], (Integer) r[2], (String) r[3], (String) r[4]);
				first.merge((Long) r[0], mention, (a, b) -> a.before(b) ? a : b);
			});
	}

	private record Mention(int block, int start, String sentence, String surface) {

		boolean before(Mention other) {
			return block < other.block || block == other.block && start < other.start;
		}

	}

}
