package org.kjnews.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.apache.lucene.search.Query;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.kjnews.article.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene query the article list runs finds exactly the articles Hibernate Search's own simple query string
 * finds, and Lucene's facet counting gives the counts of Hibernate Search's terms aggregation, for words, phrases,
 * operators, odd input and filters.
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
@Transactional
class LuceneArticleIndexTest {

	private static final AggregationKey<Map<Long, Long>> PEOPLE = AggregationKey.of("person");

	private static final AggregationKey<Map<Long, Long>> ORGANIZATIONS = AggregationKey.of("organization");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("source");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

	@Autowired
	LuceneArticleIndex index;

	@Autowired
	EntityManager em;

	@Test
	void sameArticlesAndSameCountsAsHibernateSearch() {
		for (String q : new String[] { null, "korea", "batteries", "economic cooperation", "\"economic alliance\"",
				"Keidanren | Seoul", "japan -korea", "startups", "\\\"unbalanced", "(korea + japan) | chamber",
				"*", "nothing-like-this-anywhere", "semicond*", "energy*", "investment*", "-korea",
				"Chey OR Kobayashi" }) {
			ArticleFilter filter = new ArticleFilter(q, List.of(), List.of(), null, null);
			SearchResult<Long> expected = hibernateSearch(q);
			Query query = index.build(filter, List.of(), List.of()).query();
			SearchResult<Long> actual = Search.session(em)
				.search(Article.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
					.fromLuceneQuery(query))
				.fetchAll();
			assertThat(Set.copyOf(actual.hits())).as(q).isEqualTo(Set.copyOf(expected.hits()));
			LuceneArticleIndex.Counts counts = index.count(query, 10_000);
			assertThat(counts.people()).as(q).isEqualTo(expected.aggregation(PEOPLE));
			assertThat(counts.organizations()).as(q).isEqualTo(expected.aggregation(ORGANIZATIONS));
			assertThat(counts.sources()).as(q).isEqualTo(expected.aggregation(SOURCES));
			assertThat(counts.years()).as(q).isEqualTo(expected.aggregation(YEARS));
		}
	}

	@Test
	void filtersNarrowTheCountsToTheirArticles() {
		Query all = index.build(new ArticleFilter(null, List.of(), List.of(), null, null), List.of(), List.of())
			.query();
		Map<Long, Long> people = index.count(all, 10_000).people();
		Long someone = people.keySet().iterator().next();
		Query withThem = index
			.build(new ArticleFilter(null, List.of("x"), List.of(), null, null), List.of(someone), List.of())
			.query();
		// everyone counted appears in one of that person's articles, and the person in all of them
		Map<Long, Long> alongside = index.count(withThem, 10_000).people();
		assertThat(alongside).containsEntry(someone, people.get(someone));
		assertThat(alongside.values()).allMatch(count -> count <= people.get(someone));
		Query nobody = index.build(new ArticleFilter(null, List.of("x"), List.of(), null, null), List.of(-1L), List.of())
			.query();
		assertThat(index.count(nobody, 10).people()).isEmpty();
		Query year = index.build(new ArticleFilter(null, List.of(), List.of(), null, 1900), List.of(), List.of())
			.query();
		assertThat(index.count(year, 10).organizations()).isEmpty();
	}

	private SearchResult<Long> hibernateSearch(String q) {
		return Search.session(em)
			.search(Article.class)
			.select(f -> f.id(Long.class))
			.where((f, root) -> {
				root.add(f.matchAll());
				String simple = QuerySyntax.toSimple(q);
				if (simple != null && !simple.isBlank()) {
					root.add(f.simpleQueryString()
						.field("title").boost(3f)
						.field("tagText").boost(2f)
						.fields("body", "sourceText")
						.matching(simple)
						.defaultOperator(BooleanOperator.AND)
						.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
								SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE,
								SimpleQueryFlag.PREFIX));
				}
			})
			.aggregation(PEOPLE, f -> f.terms().field("person", Long.class).maxTermCount(10_000))
			.aggregation(ORGANIZATIONS, f -> f.terms().field("organization", Long.class).maxTermCount(10_000))
			.aggregation(SOURCES, f -> f.terms().field("source", String.class).maxTermCount(10_000))
			.aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(10_000))
			.fetchAll();
	}

}
