package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.kjnews.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The article index when it is a Lucene index in this process (the default backend): the query of a filter as a
 * Lucene query, and the people and organizations of all its matches counted from the index's doc values with
 * Lucene's own facet counting. Hibernate Search's terms aggregation keeps an object per distinct value and resets
 * them all for every index segment, which at 100,000 articles (and as many people) cost 300 ms per page; Lucene's
 * counting costs a few. The query is the same one Hibernate Search runs for the hits ({@code fromLuceneQuery}), so
 * the counts are those of the hits shown.
 */
@Component
@ConditionalOnProperty(name = Spelling.BACKEND_TYPE, havingValue = "lucene", matchIfMissing = true)
class LuceneArticleIndex {

	/** Lucene's simple query syntax without wildcards, fuzzy or near operators, as in the Elasticsearch query. */
	private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
			| SimpleQueryParser.ESCAPE_OPERATOR;

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer english;

	LuceneArticleIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * All words of the query in the title, tags, body or source (title and tags weigh more), and every filter.
	 *
	 * @param people the ids of the people chosen (an unknown one is -1, which no article has)
	 */
	Query query(ArticleFilter filter, List<Long> people, List<Long> organizations) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (filter.q() != null) {
			SimpleQueryParser parser = new SimpleQueryParser(english(), ArticleSearch.TEXT_FIELDS, FLAGS);
			parser.setDefaultOperator(Occur.MUST);
			query.add(parser.parse(filter.q()), Occur.MUST);
		}
		else {
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		people.forEach(id -> query.add(LongPoint.newExactQuery("person", id), Occur.FILTER));
		organizations.forEach(id -> query.add(LongPoint.newExactQuery("organization", id), Occur.FILTER));
		if (filter.source() != null) {
			query.add(new TermQuery(new Term("source", filter.source())), Occur.FILTER);
		}
		if (filter.year() != null) {
			query.add(IntPoint.newExactQuery("year", filter.year()), Occur.FILTER);
		}
		return query.build();
	}

	/** The people and organizations most often named by the articles the query matches: id → articles. */
	Counts count(Query query, int top) {
		try (IndexReader reader = scope().openIndexReader()) {
			FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
			return new Counts(top(matches, "person", top), top(matches, "organization", top));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Articles per person and per organization, most first. */
	record Counts(Map<Long, Long> people, Map<Long, Long> organizations) {
	}

	private static Map<Long, Long> top(FacetsCollector matches, String field, int top) throws IOException {
		Map<Long, Long> byId = new LinkedHashMap<>();
		FacetResult result = new LongValueFacetCounts(field, matches).getTopChildren(top, field);
		if (result != null) {
			for (LabelAndValue value : result.labelValues) {
				byId.put(Long.valueOf(value.label), value.value.longValue());
			}
		}
		return byId;
	}

	private org.hibernate.search.backend.lucene.scope.LuceneIndexScope scope() {
		return mapping().scope(Article.class).extension(LuceneExtension.get());
	}

	private SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

	private Analyzer english() {
		if (english == null) {
			english = mapping().backend()
				.unwrap(LuceneBackend.class)
				.analyzer(KjNewsAnalysis.ENGLISH)
				.orElseThrow(() -> new IllegalStateException("no analyzer " + KjNewsAnalysis.ENGLISH));
		}
		return english;
	}

}
