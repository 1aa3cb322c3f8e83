package org.kjnews.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
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

	record Matches(List<EntityRef> people, List<EntityRef> organizations, List<EntityRef> meetings) {

		static final Matches NONE = new Matches(List.of(), List.of(), List.of());

		public boolean isEmpty() {
			return people.isEmpty() && organizations.isEmpty() && meetings.isEmpty();
		}

	}

	Matches of(String typed) {
		String query = QuerySyntax.wanted(typed); // -Tanaka names no one
		if (query == null || query.strip().length() < MIN_LENGTH || StopWords.only(query)) { // nor does "of"
			return Matches.NONE;
		}
		return new Matches(named(Person.class, query, "name", "aliases", "nameStems", "aliasStems"),
				named(Organization.class, query, "name", "aliases", "nameStems", "aliasStems"),
				named(Meeting.class, query, "name"));
	}

	private List<EntityRef> named(Class<?> type, String query, String... fields) {
		return Search.session(em)
			.search(type)
			.select(f -> f.composite().from(f.field("slug", String.class), f.field("name", String.class)).as(EntityRef::new))
			.where(f -> f.simpleQueryString()
				.fields(fields)
				.matching(query)
				.defaultOperator(BooleanOperator.AND)
				.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
						SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE,
						SimpleQueryFlag.PREFIX))
			.fetchHits(LIMIT);
	}

}
