package org.kjnews.search;

import java.time.LocalDate;
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
		String wanted = QuerySyntax.wanted(typed); // -Tanaka alone names no one
		if (wanted == null || wanted.strip().length() < MIN_LENGTH || StopWords.only(wanted) // nor does "of"
				|| typed.length() > NameSearch.MAX_NAME_QUERY) {
			return Matches.NONE;
		}
		String query = QuerySyntax.toSimple(typed); // Tanaka -Yuki: the Tanakas but Yuki, as the list of people
		List<EntityRef> people = named(Person.class, query);
		List<EntityRef> organizations = named(Organization.class, query);
		List<EntityRef> meetings = meetings(query);
		return new Matches(shown(people), people.size() > LIMIT, shown(organizations), organizations.size() > LIMIT,
				shown(meetings));
	}

	private static List<EntityRef> shown(List<EntityRef> named) {
		return named.size() > LIMIT ? named.subList(0, LIMIT) : named;
	}

	/** Meetings, the closest first, each with its year: the sessions of a series share a name. */
	private List<EntityRef> meetings(String query) {
		return Search.session(em)
			.search(Meeting.class)
			.select(f -> f.composite()
				.from(f.field("slug", String.class), f.field("name", String.class),
						f.field("startDate", LocalDate.class))
				.as((slug, name, start) -> new EntityRef(slug, withYear(name, start))))
			.where(f -> NameSearch.matching(f, query, "name"))
			.fetchHits(LIMIT + 1);
	}

	private static String withYear(String name, LocalDate start) {
		String year = start == null ? null : String.valueOf(start.getYear());
		return year == null || name.contains(year) ? name : name + " (" + year + ")";
	}

	/** People or organizations, most mentioned first: the order of the lists the page links to. */
	private List<EntityRef> named(Class<?> type, String query) {
		return Search.session(em)
			.search(type)
			.select(f -> f.composite().from(f.field("slug", String.class), f.field("name", String.class)).as(EntityRef::new))
			.where(f -> NameSearch.matching(f, query, NameSearch.NAME_FIELDS))
			.sort(NameSearch::mostMentioned)
			.fetchHits(LIMIT + 1); // one more says whether there are more
	}

}
