package org.kjnews.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.EntityRef;
import org.kjnews.meeting.Meeting;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people, organizations and meetings whose names match a search, shown above the article hits: searching
 * a surname leads to that person's page. Names and every alias are searched in the index, all words required, as
 * written or stemmed ("chambers" finds the chambers of commerce).
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

	/**
	 * @param morePeople whether more people match than are shown (the page then links to all of them, on the list of
	 * people searched by name); the same for {@code moreOrganizations}
	 */
	record Matches(List<EntityRef> people, boolean morePeople, List<EntityRef> organizations,
			boolean moreOrganizations, List<EntityRef> meetings) {

		static final Matches NONE = new Matches(List.of(), false, List.of(), false, List.of());

		public boolean isEmpty() {
			return people.isEmpty() && organizations.isEmpty() && meetings.isEmpty();
		}

	}

	Matches of(String typed) {
		String query = QuerySyntax.wanted(typed); // -Tanaka names no one
		if (query == null || query.strip().length() < MIN_LENGTH || StopWords.only(query)) { // nor does "of"
			return Matches.NONE;
		}
		List<EntityRef> people = named(Person.class, query, NameSearch.NAME_FIELDS);
		List<EntityRef> organizations = named(Organization.class, query, NameSearch.NAME_FIELDS);
		List<EntityRef> meetings = named(Meeting.class, query, "name");
		return new Matches(shown(people), people.size() > LIMIT, shown(organizations), organizations.size() > LIMIT,
				shown(meetings));
	}

	private static List<EntityRef> shown(List<EntityRef> named) {
		return named.size() > LIMIT ? named.subList(0, LIMIT) : named;
	}

	private List<EntityRef> named(Class<?> type, String query, String... fields) {
		return Search.session(em)
			.search(type)
			.select(f -> f.composite().from(f.field("slug", String.class), f.field("name", String.class)).as(EntityRef::new))
			.where(f -> NameSearch.matching(f, query, fields))
			.fetchHits(LIMIT + 1); // one more says whether there are more
	}

}
