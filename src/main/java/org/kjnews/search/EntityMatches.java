package org.kjnews.search;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.kjnews.article.EntityRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people, organizations and meetings whose names match a search, shown above the article hits: searching
 * a surname leads to that person's page. Names and every alias are compared, ignoring case.
 */
@Component
@Transactional(readOnly = true)
class EntityMatches {

	private static final int LIMIT = 5;

	/** Shorter searches match too much to be useful here. */
	private static final int MIN_LENGTH = 2;

	private final EntityManager em;

	EntityMatches(EntityManager em) {
		this.em = em;
	}

	record Matches(List<EntityRef> people, List<EntityRef> organizations, List<EntityRef> meetings) {

		static final Matches NONE = new Matches(List.of(), List.of(), List.of());

		public boolean isEmpty() {
			return people.isEmpty() && organizations.isEmpty() && meetings.isEmpty();
		}

	}

	Matches of(String query) {
		if (query == null) {
			return Matches.NONE;
		}
		String words = query.replaceAll("[\"()+|*~\\-]", " ").strip().toLowerCase(Locale.ROOT);
		if (words.length() < MIN_LENGTH) {
			return Matches.NONE;
		}
		String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return new Matches(named("Person", like), named("Organization", like), meetings(like));
	}

	private List<EntityRef> named(String entity, String like) {
		return em.createQuery("select distinct new org.kjnews.article.EntityRef(e.slug, e.name), e.mentionCount from "
				+ entity + " e left join e.aliases a where lower(e.name) like :q escape '\\' or lower(a) like :q escape '\\'"
				+ " order by e.mentionCount desc", Object[].class)
			.setParameter("q", like)
			.setMaxResults(LIMIT)
			.getResultStream()
			.map(r -> (EntityRef) r[0])
			.toList();
	}

	private List<EntityRef> meetings(String like) {
		return em.createQuery("select new org.kjnews.article.EntityRef(m.slug, m.name) from Meeting m"
				+ " where lower(m.name) like :q escape '\\' order by m.sortKey", EntityRef.class)
			.setParameter("q", like)
			.setMaxResults(LIMIT)
			.getResultList();
	}

}
