package org.kjnews.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People or organizations by name: the lists' search box. The words are read as the article search reads them
 * (phrases, OR, -word, prefixes) and looked for in every form of the name, as written or stemmed, all required. The
 * other filters of the list (country, kind) are fields of the same index, so the page and its counts come from it.
 */
@Component
@Transactional(readOnly = true)
public class NameSearch {

	/**
	 * Longer words name no one, and are not looked for: a query of hundreds of words would take a clause for each word
	 * in each name field, and the index refuses more than 1,024.
	 */
	static final int MAX_NAME_QUERY = 100;

	/** Name fields of the person and organization indexes. */
	static final String[] NAME_FIELDS = { "name", "aliases", "nameStems", "aliasStems" };

	private final EntityManager em;

	NameSearch(EntityManager em) {
		this.em = em;
	}

	/**
	 * The words typed in a list's search box, as searched for (as the article search takes them); null when they
	 * hold nothing to search for, and the list is browsed.
	 */
	public static String words(String typed) {
		return QuerySyntax.searched(typed);
	}

	/** A page of the matches' ids, in the list's order, and how many match in all. */
	public record Found(List<Long> ids, long total) {
	}

	/**
	 * @param q the words the names must hold; null for every name
	 * @param filters index field → value the matches must have (country, kind); null values are no filter
	 * @param byName by name, else most mentioned first
	 */
	public Found find(Class<?> type, String q, Map<String, Object> filters, boolean byName, Paging paging) {
		if (q != null && q.length() > MAX_NAME_QUERY) {
			return new Found(List.of(), 0);
		}
		SearchResult<Long> result = Search.session(em)
			.search(type)
			.select(f -> f.id(Long.class))
			.where((f, root) -> where(f, root, q, filters))
			.sort(f -> byName ? f.field("nameForm").then().field("slug") : mostMentioned(f))
			.fetch(paging.page() * paging.size(), paging.size());
		return new Found(result.hits(), result.total().hitCount());
	}

	/**
	 * How many of the matches have each value of a field (most first), among those the other filters leave: the
	 * count beside a choice is what choosing it lists.
	 */
	public <T> Map<T, Long> counts(Class<?> type, String q, Map<String, Object> filters, String field,
			Class<T> valueType) {
		if (q != null && q.length() > MAX_NAME_QUERY) {
			return Map.of();
		}
		AggregationKey<Map<T, Long>> key = AggregationKey.of(field);
		Map<String, Object> others = new LinkedHashMap<>(filters);
		others.remove(field);
		return Search.session(em)
			.search(type)
			.where((f, root) -> where(f, root, q, others))
			.aggregation(key, f -> f.terms().field(field, valueType).maxTermCount(100))
			.fetch(0)
			.aggregation(key);
	}

	/** Most mentioned first, then by name: the lists' first order. */
	static SortFinalStep mostMentioned(SearchSortFactory f) {
		return f.field("mentionCount").desc().then().field("nameForm").then().field("slug");
	}

	/** The names in these fields that hold all the words of a query in the simple query syntax. */
	static PredicateFinalStep matching(SearchPredicateFactory f, String simpleQuery, String... fields) {
		return f.simpleQueryString()
			.fields(fields)
			.matching(simpleQuery)
			.defaultOperator(BooleanOperator.AND)
			.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
					SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE,
					SimpleQueryFlag.PREFIX);
	}

	private static void where(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root, String q,
			Map<String, Object> filters) {
		root.add(f.matchAll());
		String query = QuerySyntax.toSimple(q);
		if (query != null && !query.isBlank()) {
			root.add(matching(f, query, NAME_FIELDS));
		}
		filters.forEach((field, value) -> {
			if (value != null) {
				root.add(f.match().field(field).matching(value));
			}
		});
	}

}
