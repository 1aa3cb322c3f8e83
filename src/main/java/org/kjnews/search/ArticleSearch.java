package org.kjnews.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.kjnews.article.Article;
import org.kjnews.article.ArticleRepository;
import org.kjnews.article.ArticleSummary;
import org.kjnews.person.Relations;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds articles in the search index: words (all must match, "quoted phrases" as phrases, stems so "battery"
 * finds "batteries"), people, organizations, source and year, all combined with AND; by relevance when there are
 * words, else newest first; with a highlighted snippet per hit and the count of every facet value over all
 * matches. When words match nothing, the closest spelling the archive knows is tried and the results say so.
 */
@Service
@Transactional(readOnly = true)
public class ArticleSearch {

	/** Values a facet shows (one more is counted, to tell whether there are more to show). */
	public static final int FACET_SIZE = 12;

	/** Values a facet shows when the reader asks for all of them. */
	private static final int FACET_MORE = 100;

	/** The facets that can show more: {@code more=person} on the page. */
	public static final String[] EXPANDABLE = { "person", "organization", "source" };

	/** The fields words are looked for in, and their weights (the Lucene query uses the same). */
	static final Map<String, Float> TEXT_FIELDS = Map.of("title", 3f, "tagText", 2f, "body", 1f, "sourceText", 1f);

	private static final AggregationKey<Map<Long, Long>> PEOPLE = AggregationKey.of("person");

	private static final AggregationKey<Map<Long, Long>> ORGANIZATIONS = AggregationKey.of("organization");

	private static final AggregationKey<Map<String, Long>> SOURCES = AggregationKey.of("source");

	private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

	private final EntityManager em;

	private final Spelling spelling;

	/** The Lucene index in this process; null with the Elasticsearch backend. */
	private final LuceneArticleIndex lucene;

	private final ExactNames names;

	private final NameSnippets nameSnippets;

	ArticleSearch(EntityManager em, Spelling spelling, ObjectProvider<LuceneArticleIndex> lucene, ExactNames names,
			NameSnippets nameSnippets) {
		this.em = em;
		this.spelling = spelling;
		this.lucene = lucene.getIfAvailable();
		this.names = names;
		this.nameSnippets = nameSnippets;
	}

	/** A page of matches with snippets and the counts of every facet: what the article list page shows. */
	public ArticleResults find(ArticleFilter filter, Paging paging) {
		return find(filter, paging, false);
	}

	/**
	 * {@link #find(ArticleFilter, Paging)}, each facet with up to {@value #FACET_MORE} values when {@code more} (the
	 * page shows them for the facet the reader opened), else {@value #FACET_SIZE} and one more if there is one.
	 */
	public ArticleResults find(ArticleFilter filter, Paging paging, boolean more) {
		return withSpellingFallback(filter, paging, more ? FACET_MORE : FACET_SIZE + 1);
	}

	/**
	 * Only the page of matches (and what was searched for, if corrected) with their snippets, without facet counts:
	 * what the JSON list needs, at less cost.
	 */
	public ArticleResults list(ArticleFilter filter, Paging paging) {
		return withSpellingFallback(filter, paging, 0);
	}

	/** @param facetSize values counted per facet; 0 for none */
	private ArticleResults withSpellingFallback(ArticleFilter filter, Paging paging, int facetSize) {
		ArticleResults results = search(filter, paging, null, facetSize);
		if (results.page().totalItems() == 0 && filter.q() != null) {
			// nothing matches as typed: try the closest words the archive knows, and say so
			String corrected = spelling.correct(filter.q());
			if (corrected != null) {
				ArticleResults retried = search(filter.withQuery(corrected), paging, filter.q(), facetSize);
				if (retried.page().totalItems() > 0) {
					return retried;
				}
			}
		}
		return results;
	}

	private ArticleResults search(ArticleFilter filter, Paging paging, String correctedFrom, int facetSize) {
		// the index knows people and organizations by id: numbers are counted far faster than names
		Map<String, Named> people = bySlug("Person", filter.people());
		Map<String, Named> organizations = bySlug("Organization", filter.organizations());
		// With Lucene, the query is built once as a Lucene query: the hits and the counts of people and
		// organizations (see LuceneArticleIndex) come from the same query
		LuceneArticleIndex.Built built = lucene == null ? null
				: lucene.build(filter, ids(people, filter.people()), ids(organizations, filter.organizations()));
		Query luceneQuery = built == null ? null : built.query();
		// Elasticsearch takes the words as one query string: only the whole query can be taken as a name too
		ExactNames.Named named = built != null ? built.named()
				: names.of(ExactNames.asOneName(QuerySyntax.toSimple(filter.q())));
		if (facetSize == 0 && filter.q() == null) { // no counts, and no words to mark: the ids are all it takes
			SearchResult<Long> ids = Search.session(em).search(Article.class)
				.select(f -> f.id(Long.class))
				.where((f, root) -> where(f, root, filter, people, organizations, named, luceneQuery))
				.sort(f -> filter.q() != null && !filter.byDate() ? newestFirst(f.score().then()) : newestFirst(f))
				.fetch(paging.page() * paging.size(), paging.size());
			return new ArticleResults(PageResult.of(summaries(ids.hits()), paging, ids.total().hitCount()), List.of(),
					List.of(), List.of(), List.of(), Map.of(), filter.q(), correctedFrom);
		}
		SearchSession session = Search.session(em);
		boolean byRelevance = filter.q() != null && !filter.byDate();
		var query = session.search(Article.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.highlight("body").single())
				.as(Hit::new))
			.where((f, root) -> where(f, root, filter, people, organizations, named, luceneQuery))
			.sort(f -> byRelevance ? newestFirst(f.score().then()) : newestFirst(f))
			// the unified highlighter cuts at sentence boundaries: the snippet is the best matching sentence.
			// The query's default highlighter, not a named one: Elasticsearch/OpenSearch take the encoder only for
			// the whole request, and refuse a named highlighter's (Hibernate Search sends it per field).
			.highlighter(h -> h.unified()
				.tag("<mark>", "</mark>")
				.encoder(HighlighterEncoder.HTML)
				.numberOfFragments(1));
		if (lucene == null && facetSize > 0) {
			query = query
				.aggregation(PEOPLE, f -> f.terms().field("person", Long.class).maxTermCount(facetSize))
				.aggregation(ORGANIZATIONS, f -> f.terms().field("organization", Long.class).maxTermCount(facetSize))
				.aggregation(SOURCES, f -> f.terms().field("source", String.class).maxTermCount(facetSize))
				.aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(50));
		}
		CompletableFuture<LuceneArticleIndex.Counts> counting = lucene == null || facetSize == 0 ? null
				: lucene.countBeside(luceneQuery, facetSize);
		SearchResult<Hit> result = query.fetch(paging.page() * paging.size(), paging.size());
		List<Long> ids = result.hits().stream().map(Hit::id).toList();
		List<ArticleSummary> items = summaries(ids);
		LuceneArticleIndex.Counts counts = facetSize == 0 ? LuceneArticleIndex.Counts.NONE
				: lucene == null
						? new LuceneArticleIndex.Counts(result.aggregation(PEOPLE), result.aggregation(ORGANIZATIONS),
								result.aggregation(SOURCES), result.aggregation(YEARS))
						: counted(counting);
		Map<Long, String> marked = new HashMap<>();
		result.hits().stream()
			.filter(h -> h.snippet() != null && !h.snippet().isBlank())
			.forEach(h -> marked.put(h.id(), Snippets.clean(h.snippet())));
		List<Long> unmarked = ids.stream().filter(id -> !marked.containsKey(id)).toList();
		if (!unmarked.isEmpty() && !named.isEmpty()) {
			// found through a form of a name the body does not use: show where the article names them
			marked.putAll(nameSnippets.of(unmarked, named));
		}
		Map<String, String> snippets = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String snippet = marked.get(ids.get(i));
			if (snippet != null) {
				snippets.put(items.get(i).slug(), snippet);
			}
		}
		PageResult<ArticleSummary> page = PageResult.of(items, paging, result.total().hitCount());
		return new ArticleResults(page,
				entityFacet(counts.people(), filter.people(), people, "Person"),
				entityFacet(counts.organizations(), filter.organizations(), organizations, "Organization"),
				facet(counts.sources(), listOf(filter.source()), ArticleSearch::themselves),
				years(counts.years(), filter.year()), snippets, filter.q(), correctedFrom);
	}

	private static LuceneArticleIndex.Counts counted(CompletableFuture<LuceneArticleIndex.Counts> counting) {
		try {
			return counting.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/**
	 * All words of the query (no fuzzy or near operators; see {@link QuerySyntax}), and every filter, combined with
	 * AND: the Lucene query when there is one, else the same in Hibernate Search's terms (for Elasticsearch).
	 */
	private static void where(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root,
			ArticleFilter filter, Map<String, Named> people, Map<String, Named> organizations, ExactNames.Named named,
			Query luceneQuery) {
		if (luceneQuery != null) {
			root.add(f.extension(LuceneExtension.get()).fromLuceneQuery(luceneQuery));
			return;
		}
		root.add(f.matchAll());
		String q = QuerySyntax.toSimple(filter.q());
		if (q != null && !q.isBlank()) {
			// no fuzzy or near operators, prefixes only long ones: a query cannot blow up into millions of terms
			root.add(orNamed(f, words(f, q), named));
		}
		// an unknown slug matches no article (no id is negative)
		filter.people().forEach(slug -> root.add(f.match().field("person").matching(idOf(people, slug))));
		filter.organizations()
			.forEach(slug -> root.add(f.match().field("organization").matching(idOf(organizations, slug))));
		if (filter.source() != null) {
			root.add(f.match().field("source").matching(filter.source()));
		}
		if (filter.year() != null) {
			root.add(f.match().field("year").matching(filter.year()));
		}
	}

	/** The words, or the articles naming any of those the whole query names (as the Lucene query does). */
	private static PredicateFinalStep orNamed(SearchPredicateFactory f, PredicateFinalStep words,
			ExactNames.Named named) {
		if (named.isEmpty()) {
			return words;
		}
		return f.or().with(either -> {
			either.add(words);
			if (!named.people().isEmpty()) {
				either.add(f.terms().field("person").matchingAny(named.people()));
			}
			if (!named.organizations().isEmpty()) {
				either.add(f.terms().field("organization").matchingAny(named.organizations()));
			}
		});
	}

	/** Newest first, undated last: the reading order of the archive, by the numbers the index sorts fastest. */
	private static SortFinalStep newestFirst(SearchSortFactory f) {
		return f.field("sortNumber").then().field("idOrder");
	}

	/** All words of the query in the text fields, weighted as {@link #TEXT_FIELDS} says (as the Lucene query). */
	private static PredicateFinalStep words(SearchPredicateFactory f, String q) {
		SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> fields = null;
		for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
			fields = fields == null ? f.simpleQueryString().field(field.getKey()).boost(field.getValue())
					: fields.field(field.getKey()).boost(field.getValue());
		}
		return fields.matching(q)
			.defaultOperator(BooleanOperator.AND)
			.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
					SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.ESCAPE,
					SimpleQueryFlag.PREFIX);
	}

	private static List<Long> ids(Map<String, Named> named, List<String> slugs) {
		return slugs.stream().map(slug -> idOf(named, slug)).toList();
	}

	private static long idOf(Map<String, Named> named, String slug) {
		Named entity = named.get(slug);
		return entity == null ? -1L : entity.id();
	}

	/** A person or organization: its id in the index, its slug in URLs, its name on the page. */
	private record Named(Long id, String slug, String name) {
	}

	/** Facet values counted by id, shown by name, chosen by slug; a chosen value keeps its chip even unknown. */
	private List<FacetValue> entityFacet(Map<Long, Long> counts, List<String> active, Map<String, Named> chosen,
			String entity) {
		Map<Long, Named> byId = new LinkedHashMap<>();
		if (!counts.isEmpty()) {
			em.createQuery("select e.id, e.slug, e.name from " + entity + " e where e.id in :ids", Object[].class)
				.setParameter("ids", counts.keySet())
				.getResultStream()
				.forEach(r -> byId.put((Long) r[0], new Named((Long) r[0], (String) r[1], (String) r[2])));
		}
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((id, count) -> {
			Named named = byId.get(id);
			if (named != null) {
				values.add(new FacetValue(named.slug(), named.name(), count, active.contains(named.slug())));
			}
		});
		for (String slug : active) {
			if (values.stream().noneMatch(v -> v.value().equals(slug))) {
				Named named = chosen.get(slug);
				values.add(new FacetValue(slug, named == null ? slug : named.name(), 0, true));
			}
		}
		return values;
	}

	/**
	 * How many articles name both of each pair of these people ({@code entity} Person) or organizations
	 * (Organization), counted in the index: the lines of a page's relations chart. Pairs no article names together
	 * are left out.
	 */
	public List<Relations.Pair> together(String entity, List<String> slugs) {
		String field = "Person".equals(entity) ? "person" : "organization";
		List<Named> named = new ArrayList<>(bySlug(entity, slugs).values());
		List<Relations.Pair> pairs = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			for (int j = i + 1; j < named.size(); j++) {
				Named a = named.get(i);
				Named b = named.get(j);
				long both = Search.session(em)
					.search(Article.class)
					.where(f -> f.bool()
						.must(f.match().field(field).matching(a.id()))
						.must(f.match().field(field).matching(b.id())))
					.fetchTotalHitCount();
				if (both > 0) {
					pairs.add(new Relations.Pair(a.slug(), b.slug(), both));
				}
			}
		}
		return pairs;
	}

	private Map<String, Named> bySlug(String entity, Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, Named> named = new LinkedHashMap<>();
		em.createQuery("select e.id, e.slug, e.name from " + entity + " e where e.slug in :slugs", Object[].class)
			.setParameter("slugs", slugs)
			.getResultStream()
			.forEach(r -> named.put((String) r[1], new Named((Long) r[0], (String) r[1], (String) r[2])));
		return named;
	}

	/** One hit: the article's id and its best snippet with the matched words marked (HTML-escaped around them). */
	private record Hit(Long id, String snippet) {
	}

	private List<FacetValue> facet(Map<String, Long> counts, List<String> active,
			Function<Collection<String>, Map<String, String>> labelsOf) {
		Map<String, Long> shown = new LinkedHashMap<>(counts);
		active.forEach(value -> shown.putIfAbsent(value, 0L));
		Map<String, String> labels = labelsOf.apply(shown.keySet());
		// an active value keeps its chip even when nothing is known by that slug, so it can be removed
		return shown.entrySet().stream()
			.filter(e -> labels.containsKey(e.getKey()) || active.contains(e.getKey()))
			.map(e -> new FacetValue(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue(),
					active.contains(e.getKey())))
			.toList();
	}

	private List<FacetValue> years(Map<Integer, Long> counts, Integer active) {
		Map<Integer, Long> shown = new HashMap<>(counts);
		if (active != null) { // the year chosen stays a choice, with its 0, as the other facets' values
			shown.putIfAbsent(active, 0L);
		}
		return shown.entrySet().stream()
			.sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
			.map(e -> new FacetValue(String.valueOf(e.getKey()), String.valueOf(e.getKey()), e.getValue(),
					e.getKey().equals(active)))
			.toList();
	}

	/** The articles of a page of hits, in hit order, read in one query without their bodies. */
	private List<ArticleSummary> summaries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, ArticleSummary> byId = em.createQuery(ArticleRepository.SUMMARY_BY_ID, Object[].class)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(r -> (Long) r[0], r -> (ArticleSummary) r[1]));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}


	/** Sources are their own labels. */
	private static Map<String, String> themselves(Collection<String> values) {
		return values.stream().collect(Collectors.toMap(v -> v, v -> v));
	}

	private static List<String> listOf(String value) {
		return value == null ? List.of() : List.of(value);
	}

}
