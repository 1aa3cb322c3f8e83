package org.kjnews.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The addresses of the sitemap, a section and a page at a time: one query of slugs (and dates) per page, never an
 * entity, so a sitemap of 100,000 articles costs a few small queries.
 */
@Component
@Transactional(readOnly = true)
class SitemapEntries {

	/** One address (a path below the application) and when its page last changed, if known. */
	record Url(String path, Instant lastModified) {
	}

	private static final List<String> LISTS = List.of("/", "/articles", "/people", "/organizations", "/meetings");

	private final EntityManager em;

	SitemapEntries(EntityManager em) {
		this.em = em;
	}

	long count(Section section) {
		return switch (section) {
			case LISTS -> LISTS.size();
			case ARTICLES -> count("Article");
			case PEOPLE -> count("Person");
			case ORGANIZATIONS -> count("Organization");
			case MEETINGS -> count("Meeting");
			case SERIES -> count("MeetingSeries");
		};
	}

	/** The addresses of a section from {@code first}, at most {@code max}, in a stable order (by id). */
	List<Url> page(Section section, int first, int max) {
		return switch (section) {
			case LISTS -> {
				// the lists change whenever an article does
				Instant latest = em.createQuery("select max(a.loadedAt) from Article a", Instant.class)
					.getSingleResult();
				yield LISTS.stream().skip(first).limit(max).map(path -> new Url(path, latest)).toList();
			}
			case ARTICLES -> dated("select a.slug, a.loadedAt from Article a order by a.id", "/articles/", first, max);
			case PEOPLE -> slugs("select p.slug from Person p order by p.id", "/people/", first, max);
			case ORGANIZATIONS -> slugs("select o.slug from Organization o order by o.id", "/organizations/", first,
					max);
			// a meeting's page changes with the articles that report it
			case MEETINGS -> dated("select m.slug, (select max(s.article.loadedAt) from MeetingSource s "
					+ "where s.meeting = m) from Meeting m order by m.id", "/meetings/", first, max);
			case SERIES -> slugs("select s.slug from MeetingSeries s order by s.id", "/meetings/series/", first, max);
		};
	}

	private long count(String entity) {
		return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
	}

	private List<Url> slugs(String query, String prefix, int first, int max) {
		return em.createQuery(query, String.class)
			.setFirstResult(first)
			.setMaxResults(max)
			.getResultStream()
			.map(slug -> new Url(prefix + encode(slug), null))
			.toList();
	}

	private List<Url> dated(String query, String prefix, int first, int max) {
		return em.createQuery(query, Object[].class)
			.setFirstResult(first)
			.setMaxResults(max)
			.getResultStream()
			.map(r -> new Url(prefix + encode((String) r[0]), (Instant) r[1]))
			.toList();
	}

	/** Slugs may hold Hangul or kana: a sitemap wants them percent-encoded. */
	private static String encode(String slug) {
		return UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
	}

}
