package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.kjnews.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The article index when it is a Lucene index in this process (the default backend): the query of a filter as a
 * Lucene query, and the people and organizations of all its matches counted from the index's doc values.
 * Hibernate Search's terms aggregation keeps an object per distinct value and resets them all for every index
 * segment, which at 100,000 articles (and as many people) cost 300 ms per page; Lucene's {@code LongValueFacetCounts}
 * still spent 50 ms hashing two million ids. Ids come from sequences, so they lie close together and are counted in
 * an array, and the counts of a query are kept until the index changes (paging or re-sorting a result counts nothing
 * again). The query is the same one Hibernate Search runs for the hits ({@code fromLuceneQuery}), so the counts are
 * those of the hits shown.
 */
@Component
@ConditionalOnProperty(name = Spelling.BACKEND_TYPE, havingValue = "lucene", matchIfMissing = true)
class LuceneArticleIndex {

	/**
	 * Lucene's simple query syntax without fuzzy or near operators, as in the Elasticsearch query; prefixes only as
	 * {@link QuerySyntax} lets them through (long enough not to expand to most of the index).
	 */
	private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
			| SimpleQueryParser.ESCAPE_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR;

	/** At most this many ids are counted in an array (4 bytes each); sequences make them dense. */
	private static final long DENSE_LIMIT = 1L << 24;

	private final EntityManagerFactory entityManagerFactory;

	/** Counts by query and index version: an old version's entries are never asked again and age out. */
	private final Cache<CountKey, Counts> counted = Caffeine.newBuilder().maximumSize(500).build();

	/**
	 * Counts run beside the search for the hits, so a page waits for the longer of the two rather than both; when
	 * both threads are busy, the caller counts itself.
	 */
	private final ExecutorService counting = new ThreadPoolExecutor(0, 2, 60, TimeUnit.SECONDS,
			new SynchronousQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "kjnews-facet-count");
				thread.setDaemon(true);
				return thread;
			}, (task, pool) -> task.run()); // the caller counts itself (even during shutdown: never a lost task)

	/** Per segment (by its core key) and field, the ids of its documents; see {@link #column}. */
	private final Map<IndexReader.CacheKey, Map<String, IdColumn>> columns = new ConcurrentHashMap<>();

	private volatile Analyzer english;

	private final ExactNames names;

	LuceneArticleIndex(EntityManagerFactory entityManagerFactory, ExactNames names) {
		this.entityManagerFactory = entityManagerFactory;
		this.names = names;
	}

	@PreDestroy
	void close() {
		counting.shutdown();
	}

	/**
	 * All words of the query in the title, tags, body or source (title and tags weigh more), and every filter. A word
	 * or quoted phrase that is exactly a name of people or organizations ({@link ExactNames}) also matches the
	 * articles naming them in any form, and so does a query of plain words that is one name as a whole.
	 *
	 * @param people the ids of the people chosen (an unknown one is -1, which no article has)
	 */
	Built build(ArticleFilter filter, List<Long> people, List<Long> organizations) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		String q = QuerySyntax.toSimple(filter.q());
		ExactNames.Named named = ExactNames.Named.NONE;
		if (q != null && !q.isBlank()) {
			NamesAsWellAsWords parser = new NamesAsWellAsWords(english());
			parser.setDefaultOperator(Occur.MUST);
			Query words = parser.parse(q);
			named = parser.named;
			// the parser looked up each word and phrase; several plain words may also be one name
			if (q.contains(" ") && ExactNames.plain(q)) {
				ExactNames.Named whole = names.of(q);
				words = orNamed(words, whole);
				named = named.and(whole);
			}
			query.add(words, Occur.MUST); // "-x" alone: the parser adds every article, less those with x
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
		return new Built(query.build(), named);
	}

	/**
	 * The Lucene query of a filter, and the people and organizations its words and phrases name (those it leaves out
	 * included: no article it finds names them).
	 */
	record Built(Query query, ExactNames.Named named) {
	}

	/**
	 * Lucene's simple query parser, each word and phrase of which also matches the articles naming what it names
	 * (the first {@value ExactNames#LOOKUPS} of them).
	 */
	private final class NamesAsWellAsWords extends SimpleQueryParser {

		private int lookups;

		/** Everyone the words and phrases parsed so far name. */
		private ExactNames.Named named = ExactNames.Named.NONE;

		NamesAsWellAsWords(Analyzer analyzer) {
			super(analyzer, ArticleSearch.TEXT_FIELDS, FLAGS);
		}

		@Override
		protected Query newDefaultQuery(String text) {
			return orNamed(super.newDefaultQuery(text), named(text));
		}

		@Override
		protected Query newPhraseQuery(String text, int slop) {
			return orNamed(super.newPhraseQuery(text, slop), named(text));
		}

		private ExactNames.Named named(String text) {
			ExactNames.Named found = lookups++ < ExactNames.LOOKUPS ? names.of(text) : ExactNames.Named.NONE;
			named = named.and(found);
			return found;
		}

	}

	/** The query, or the articles that name any of those named (as if every form of their names were written). */
	private static Query orNamed(Query words, ExactNames.Named named) {
		if (named.isEmpty()) {
			return words;
		}
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		if (words != null) {
			either.add(words, Occur.SHOULD);
		}
		if (!named.people().isEmpty()) {
			either.add(LongPoint.newSetQuery("person", named.people()), Occur.SHOULD);
		}
		if (!named.organizations().isEmpty()) {
			either.add(LongPoint.newSetQuery("organization", named.organizations()), Occur.SHOULD);
		}
		return either.build();
	}

	/** {@link #count} on another thread, started now: the caller searches for the hits meanwhile. */
	CompletableFuture<Counts> countBeside(Query query, int top) {
		return CompletableFuture.supplyAsync(() -> count(query, top), counting);
	}

	/**
	 * What the articles the query matches name most often (people, organizations: id → articles), their sources
	 * (the {@code top} most frequent) and their years (all).
	 */
	Counts count(Query query, int top) {
		try (IndexReader reader = scope().openIndexReader()) {
			List<Object> version = version(reader);
			if (version == null) {
				return countIn(reader, query, top);
			}
			return counted.get(new CountKey(query, top, version), key -> countIn(reader, query, top));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Counts countIn(IndexReader reader, Query query, int top) {
		try {
			FacetsCollector matches = new IndexSearcher(reader).search(query, new FacetsCollectorManager());
			Map<Integer, Long> years = new LinkedHashMap<>();
			top(reader, matches, "year", Integer.MAX_VALUE).forEach((year, count) -> years.put(year.intValue(), count));
			return new Counts(top(reader, matches, "person", top), top(reader, matches, "organization", top),
					sources(matches, top), years);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the index holds now: its segments with their deletions (null if that cannot be told). */
	private static List<Object> version(IndexReader reader) {
		List<Object> keys = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			if (helper == null) {
				return null;
			}
			keys.add(helper.getKey());
		}
		return keys;
	}

	private record CountKey(Query query, int top, List<Object> version) {
	}

	/** Articles per person, organization and source, most first, and per year. */
	record Counts(Map<Long, Long> people, Map<Long, Long> organizations, Map<String, Long> sources,
			Map<Integer, Long> years) {

		static final Counts NONE = new Counts(Map.of(), Map.of(), Map.of(), Map.of());

	}

	/** The {@code top} sources most often found among the matches, most first (then by name). */
	private static Map<String, Long> sources(FacetsCollector matches, int top) throws IOException {
		Map<String, Long> bySource = new HashMap<>();
		for (FacetsCollector.MatchingDocs hits : matches.getMatchingDocs()) {
			DocIdSetIterator docs = hits.bits.iterator();
			if (docs == null) {
				continue;
			}
			SortedSetDocValues values = DocValues.getSortedSet(hits.context.reader(), "source");
			long[] counts = new long[(int) values.getValueCount()];
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (values.advanceExact(doc)) {
					for (int i = 0, n = values.docValueCount(); i < n; i++) {
						counts[(int) values.nextOrd()]++;
					}
				}
			}
			for (int ord = 0; ord < counts.length; ord++) {
				if (counts[ord] > 0) {
					bySource.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
				}
			}
		}
		Map<String, Long> sorted = new LinkedHashMap<>();
		bySource.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(top)
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/**
	 * The {@code top} ids most often found in the field among the matches, with their counts, most first. Ids are
	 * counted in an array from the smallest id in the index on; those beyond its reach in a map.
	 */
	private Map<Long, Long> top(IndexReader reader, FacetsCollector matches, String field, int top)
			throws IOException {
		byte[] min = PointValues.getMinPackedValue(reader, field);
		byte[] max = PointValues.getMaxPackedValue(reader, field);
		if (min == null || max == null) {
			return Map.of();
		}
		long base = decode(min);
		long span = Math.max(0, decode(max) - base);
		int[] counts = new int[(int) Math.min(span + 1, DENSE_LIMIT)];
		Map<Long, Integer> large = new HashMap<>(); // ids beyond the array (none unless ids are far apart)
		for (FacetsCollector.MatchingDocs hits : matches.getMatchingDocs()) {
			DocIdSetIterator docs = hits.bits.iterator();
			if (docs == null) {
				continue;
			}
			IdColumn column = column(hits.context, field);
			if (column == null) {
				countFromDocValues(hits.context, field, docs, base, counts, large);
				continue;
			}
			long from = column.base() - base; // a segment's smallest id is never below the index's
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				for (int i = column.starts()[doc], end = column.starts()[doc + 1]; i < end; i++) {
					long slot = from + column.ids()[i];
					if (slot < 0 || slot >= counts.length) {
						large.merge(column.base() + column.ids()[i], 1, Integer::sum);
					}
					else {
						counts[(int) slot]++;
					}
				}
			}
		}
		// most first, then the smaller id; a heap of the best `top` seen so far, the weakest on top
		Comparator<long[]> order = Comparator.<long[]>comparingLong(e -> e[1]).reversed().thenComparingLong(e -> e[0]);
		PriorityQueue<long[]> best = new PriorityQueue<>(order.reversed());
		for (int slot = 0; slot < counts.length; slot++) {
			// ids come in ascending order, so one no more frequent than the weakest kept loses to it: most slots of a
			// large result stop at this test, without an entry or a comparison
			if (counts[slot] > 0 && (best.size() < top || counts[slot] > best.peek()[1])) {
				offer(best, new long[] { base + slot, counts[slot] }, top, order);
			}
		}
		large.forEach((id, count) -> offer(best, new long[] { id, count }, top, order));
		List<long[]> sorted = new ArrayList<>(best);
		sorted.sort(order);
		Map<Long, Long> byId = new LinkedHashMap<>();
		sorted.forEach(e -> byId.put(e[0], e[1]));
		return byId;
	}

	/** What {@link IdColumn} does, for a segment whose ids lie too far apart for it. */
	private static void countFromDocValues(LeafReaderContext leaf, String field, DocIdSetIterator docs, long base,
			int[] counts, Map<Long, Integer> large) throws IOException {
		SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
		for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
			if (!values.advanceExact(doc)) {
				continue;
			}
			long previous = Long.MIN_VALUE;
			for (int i = 0, n = values.docValueCount(); i < n; i++) {
				long id = values.nextValue();
				if (id != previous) { // values come sorted: a document counts once per id
					previous = id;
					long slot = id - base;
					if (slot < 0 || slot >= counts.length) {
						large.merge(id, 1, Integer::sum);
					}
					else {
						counts[(int) slot]++;
					}
				}
			}
		}
	}

	/**
	 * The distinct ids of every document of a segment in the field, as offsets from the segment's smallest: read
	 * once from the doc values and kept until the segment closes (null if they lie too far apart for int offsets).
	 * Decoding doc values was most of the time a large result took to count; the arrays take 4 bytes per id (a few
	 * MB at 100,000 articles).
	 */
	private IdColumn column(LeafReaderContext leaf, String field) throws IOException {
		IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
		if (helper == null) {
			return IdColumn.read(leaf, field);
		}
		// a segment's columns go when it closes (merged away or the index rebuilt)
		Map<String, IdColumn> bySegment = columns.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(columns::remove);
			return new ConcurrentHashMap<>();
		});
		// a column of ids too far apart is null, which the map does not keep: read again each time (never, in practice)
		return bySegment.computeIfAbsent(field, f -> {
			try {
				return IdColumn.read(leaf, f);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Ids by document: those of document {@code d} are {@code base + ids[starts[d] .. starts[d + 1])}.
	 */
	private record IdColumn(long base, int[] starts, int[] ids) {

		static IdColumn read(LeafReaderContext leaf, String field) throws IOException {
			int maxDoc = leaf.reader().maxDoc();
			byte[] min = leaf.reader().getPointValues(field) == null ? null
					: leaf.reader().getPointValues(field).getMinPackedValue();
			byte[] max = min == null ? null : leaf.reader().getPointValues(field).getMaxPackedValue();
			int[] starts = new int[maxDoc + 1];
			if (min == null) {
				return new IdColumn(0, starts, new int[0]);
			}
			if (decode(max) - decode(min) > Integer.MAX_VALUE) {
				return null;
			}
			long base = decode(min);
			int[] ids = new int[Math.max(16, maxDoc)]; // grows by doubling
			int n = 0;
			SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
			for (int doc = 0; doc < maxDoc; doc++) {
				starts[doc] = n;
				if (values.advanceExact(doc)) {
					long previous = Long.MIN_VALUE;
					for (int i = 0, count = values.docValueCount(); i < count; i++) {
						long id = values.nextValue();
						if (id == previous) {
							continue; // values come sorted: a document counts once per id
						}
						previous = id;
						if (n == ids.length) {
							ids = Arrays.copyOf(ids, n * 2);
						}
						ids[n++] = (int) (id - base);
					}
				}
			}
			starts[maxDoc] = n;
			return new IdColumn(base, starts, Arrays.copyOf(ids, n));
		}

	}

	/** A point value of a long field (ids) or an int field (years). */
	private static long decode(byte[] packed) {
		return packed.length == Integer.BYTES ? IntPoint.decodeDimension(packed, 0) : LongPoint.decodeDimension(packed, 0);
	}

	private static void offer(PriorityQueue<long[]> best, long[] entry, int top, Comparator<long[]> order) {
		if (best.size() < top) { // top may be Integer.MAX_VALUE: all of them
			best.add(entry);
		}
		else if (order.compare(entry, best.peek()) < 0) {
			best.poll();
			best.add(entry);
		}
	}

	private LuceneIndexScope scope() {
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
