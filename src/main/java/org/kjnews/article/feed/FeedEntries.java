package org.kjnews.article.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a feed entry needs beyond the list's summary: the byline and when the archive's copy last changed. One
 * query for the whole page of entries, without bodies.
 */
@Component
@Transactional(readOnly = true)
class FeedEntries {

	record Extra(String byline, Instant loadedAt) {
	}

	private final EntityManager em;

	FeedEntries(EntityManager em) {
		this.em = em;
	}

	Map<String, Extra> of(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		return em
			.createQuery("select a.slug, a.byline, a.loadedAt from Article a where a.slug in :slugs", Object[].class)
			.setParameter("slugs", slugs)
			.getResultStream()
			.collect(Collectors.toMap(r -> (String) r[0], r -> new Extra((String) r[1], (Instant) r[2])));
	}

}
