package org.kjnews.benchmark;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kjnews.KjNewsApplication;
import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.ArticleText;
import org.kjnews.extract.Extraction;
import org.kjnews.extract.Extractor;
import org.kjnews.extract.Knowledge;
import org.kjnews.extract.MeetingExtractor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * The benchmark of issue 5 ("Fast, measured"), in one command:
 *
 * <pre>
 * ./mvnw -Pbenchmark verify -Dbenchmark.articles=10000
 * </pre>
 *
 * It generates a synthetic corpus ({@link CorpusGenerator}) under {@code target/benchmark/}, times the reading and
 * extraction steps alone on it, starts the application in this JVM (the profile runs it with {@code -Xmx1g}) on the
 * corpus with a fresh data folder and measures the initial load, the heap after it, search latency over HTTP for
 * the page and the API, a restart on the unchanged folder, the start-up on the five seeds as a separate process
 * (plain jar, extracted jar with a class-data-sharing archive as in the Docker image, the same with the first JIT
 * tier only, and {@code ./mvnw spring-boot:run}) and, when {@code wrk} and {@code nginx} are installed, page throughput against nginx
 * ({@code pages.sh}). The results are printed and written to {@code target/benchmark-results.md}.
 *
 * <p>
 * Properties ({@code -D…}): {@code benchmark.articles} (1000), {@code benchmark.seed} (42),
 * {@code benchmark.requests} (2000 measured requests per endpoint), {@code benchmark.warmup} (300),
 * {@code benchmark.searchSeconds} (120, a bound per endpoint), {@code benchmark.extractSample} (articles read and
 * extracted alone, 5000), {@code benchmark.loadMinutes} (stop the load after this long and report the rate seen,
 * 15), {@code benchmark.pages} (true), {@code benchmark.jarStartups} (3).
 */
class Benchmark {

	private static final Path TARGET = Path.of("target").toAbsolutePath();

	private final int articles = Integer.getInteger("benchmark.articles", 1000);

	private final long seed = Long.getLong("benchmark.seed", 42);

	private final int requests = Integer.getInteger("benchmark.requests", 2000);

	private final int warmup = Integer.getInteger("benchmark.warmup", 300);

	private final int searchSeconds = Integer.getInteger("benchmark.searchSeconds", 120);

	private final int extractSample = Integer.getInteger("benchmark.extractSample", 5000);

	private final int loadMinutes = Integer.getInteger("benchmark.loadMinutes", 15);

	private final boolean pages = Boolean.parseBoolean(System.getProperty("benchmark.pages", "true"));

	private final int jarStartups = Integer.getInteger("benchmark.jarStartups", 3);

	/**
	 * Keep a fully loaded data folder of an earlier run of the same size and measure the restart and the searches on
	 * it, instead of loading again (a load of 100,000 articles takes a quarter of an hour).
	 */
	private final boolean reuseData = Boolean.getBoolean("benchmark.reuseData");

	private final Map<String, String> results = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void run() throws Exception {
		Path work = TARGET.resolve("benchmark");
		Path corpus = work.resolve("corpus-" + articles + "-" + seed + "-v" + CorpusGenerator.VERSION);
		Path data = work.resolve("data-" + articles);
		results.put("date", LocalDateTime.now().withNano(0).toString());
		results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
				+ mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()));
		results.put("articles", String.valueOf(articles));
		results.put("load average (1, 5, 15 min) at start", loadAverage() + " (other work on the machine shares the 2 cores)");

		generate(corpus);
		Path complete = data.resolve(".benchmark-complete");
		if (reuseData && Files.exists(complete)) {
			log("data folder %s of a complete load reused: restart and search only", data);
			results.put("initial load", "not measured: the data folder of an earlier complete load was reused");
			restartAndSearch(corpus, data);
		}
		else {
			extractionAlone(corpus);
			deleteRecursively(data);
			boolean loaded = initialLoad(corpus, data);
			if (loaded) {
				Files.writeString(complete, "loaded");
				restart(corpus, data);
			}
		}
		jarStartup();
		if (pages) {
			pagesAgainstNginx();
		}
		results.put("load average at the end", loadAverage());
		write();
	}

	// ---------------------------------------------------------------- corpus

	private void generate(Path corpus) throws IOException {
		Path done = corpus.resolve(".complete");
		if (Files.exists(done)) {
			log("corpus %s exists, reused", corpus);
		}
		else {
			deleteRecursively(corpus);
			long t0 = System.nanoTime();
			new CorpusGenerator(seed).write(corpus, articles);
			Files.writeString(done, "generated");
			log("generated %,d articles in %.1f s", articles, secondsSince(t0));
		}
		long bytes;
		try (Stream<Path> files = Files.walk(corpus)) {
			bytes = files.filter(p -> p.toString().endsWith(".txt")).mapToLong(p -> p.toFile().length()).sum();
		}
		long words = 0;
		int sample = Math.min(articles, 500);
		for (int i = 0; i < sample; i++) {
			words += CorpusGenerator.countWords(Files.readString(corpus.resolve(CorpusGenerator.fileName(i))));
		}
		results.put("corpus", String.format(Locale.ROOT, "%,d files, %s, about %,d words per article (first %d)",
				articles, mb(bytes), words / Math.max(1, sample), sample));
	}

	// ---------------------------------------------------------------- extraction alone (no Spring, no database)

	/** Reads, hashes, parses and extracts a sample of the corpus on one thread, timing each step. */
	private void extractionAlone(Path corpus) throws Exception {
		Class<?> readerClass = Class.forName("org.kjnews.ingest.TextArticleReader");
		Constructor<?> ctor = readerClass.getDeclaredConstructor();
		ctor.setAccessible(true);
		Object reader = ctor.newInstance();
		Method read = readerClass.getDeclaredMethod("read", String.class);
		read.setAccessible(true);
		Class<?> decoderClass = Class.forName("org.kjnews.ingest.TextDecoder");
		Method decode = decoderClass.getDeclaredMethod("decode", byte[].class);
		decode.setAccessible(true);
		Method text = Class.forName("org.kjnews.ingest.TextDecoder$Decoded").getDeclaredMethod("text");
		text.setAccessible(true);

		Extractor extractor = new Extractor(Knowledge.builtIn());
		MeetingExtractor meetings = new MeetingExtractor();
		int n = Math.min(articles, extractSample);
		// warm-up pass over the first files so the JIT has compiled the hot paths
		for (int i = 0; i < Math.min(n, 500); i++) {
			byte[] bytes = Files.readAllBytes(corpus.resolve(CorpusGenerator.fileName(i)));
			ParsedArticle a = (ParsedArticle) read.invoke(reader, (String) text.invoke(decode.invoke(null, bytes)));
			ArticleText t = a.toArticleText();
			meetings.extract(t, extractor.extract(t));
		}
		long io = 0, hash = 0, parse = 0, entities = 0, meeting = 0, people = 0, orgs = 0, meets = 0;
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			byte[] bytes = Files.readAllBytes(corpus.resolve(CorpusGenerator.fileName(i)));
			long t1 = System.nanoTime();
			sha.digest(bytes);
			long t2 = System.nanoTime();
			ParsedArticle a = (ParsedArticle) read.invoke(reader, (String) text.invoke(decode.invoke(null, bytes)));
			ArticleText t = a.toArticleText();
			long t3 = System.nanoTime();
			Extraction e = extractor.extract(t);
			long t4 = System.nanoTime();
			int m = meetings.extract(t, e).size();
			long t5 = System.nanoTime();
			io += t1 - t0;
			hash += t2 - t1;
			parse += t3 - t2;
			entities += t4 - t3;
			meeting += t5 - t4;
			people += e.people().size();
			orgs += e.organizations().size();
			meets += m;
		}
		long total = io + hash + parse + entities + meeting;
		results.put("extraction alone (one thread)", String.format(Locale.ROOT,
				"%,d articles in %.2f s = %,.0f articles/s: file read %.2f ms, SHA-256 %.2f ms, decode+parse %.2f ms,"
						+ " entity extraction %.2f ms, meeting extraction %.2f ms per article;"
						+ " %.1f people, %.1f organizations, %.1f meetings found per article",
				n, total / 1e9, n / (total / 1e9), io / 1e6 / n, hash / 1e6 / n, parse / 1e6 / n, entities / 1e6 / n,
				meeting / 1e6 / n, (double) people / n, (double) orgs / n, (double) meets / n));
		results.put("extraction ms per article", String.format(Locale.ROOT, "%.2f", total / 1e6 / n));
		log("extraction alone: %s", results.get("extraction alone (one thread)"));
	}

	// ---------------------------------------------------------------- initial load

	private boolean initialLoad(Path corpus, Path data) throws Exception {
		Map<String, Long> gc0 = gcTimes();
		ThreadCpu threads = ThreadCpu.start();
		resetPeaks();
		long cpuProcess0 = processCpu();
		AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
		long[] startedAt = new long[1];
		Sampler sampler = new Sampler(Thread.currentThread());
		long t0 = System.nanoTime();
		long deadline = t0 + TimeUnit.MINUTES.toNanos(loadMinutes);
		Thread loader = Thread.currentThread();
		Thread watchdog = watchdog(started, t0, deadline, loader);
		ConfigurableApplicationContext context = null;
		Throwable stopped = null;
		try {
			context = app(corpus, data, (ApplicationStartedEvent event) -> {
				startedAt[0] = System.nanoTime();
				started.set(event.getApplicationContext());
				sampler.start();
			});
		}
		catch (ThreadDeath | RuntimeException ex) {
			stopped = ex;
		}
		finally {
			sampler.stop();
			watchdog.interrupt();
		}
		long ready = System.nanoTime();
		double launchToReady = (ready - t0) / 1e9;
		double ingest = (ready - startedAt[0]) / 1e9;
		long cpuProcess = processCpu() - cpuProcess0;
		if (stopped != null) {
			int loaded = loadedAtStop[0];
			double at = (stopAt[0] - t0) / 1e9;
			results.put("initial load", String.format(Locale.ROOT,
					"**STOPPED** after %.0f s (limit %d min): %,d of %,d files loaded = **%,.1f articles/s** since launch,"
							+ " %,.1f/s since the ingest began",
					at, loadMinutes, loaded, articles, loaded / at, loaded / Math.max(1e-9, (stopAt[0] - startedAt[0]) / 1e9)));
			results.put("CPU during load", String.format(Locale.ROOT, "%.0f s of CPU in %.0f s of wall time (%.2f cores busy)",
					cpuProcess / 1e9, launchToReady, cpuProcess / 1e9 / launchToReady));
			results.put("GC during load", gcDelta(gc0));
			results.put("threads by CPU during load", threads.stop(loaded));
			results.put("where the loading thread spends its time (stack samples)", sampler.summary());
			results.put("heap peak during load (old gen)", peaks());
			ConfigurableApplicationContext c = started.get();
			if (c != null && c.isActive()) {
				c.close();
			}
			log("load stopped: %s", results.get("initial load"));
			return false;
		}
		int port = port(context);
		String report = get(port, "/api/ingest").body();
		Map<String, Integer> counts = new TreeMap<>();
		Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"").matcher(report);
		while (m.find()) {
			counts.merge(m.group(1), 1, Integer::sum);
		}
		int loaded = counts.getOrDefault("LOADED", 0);
		results.put("initial load: launch → ready", String.format(Locale.ROOT, "%.1f s", launchToReady));
		results.put("initial load: ingest (runners) alone", String.format(Locale.ROOT, "%.1f s", ingest));
		results.put("/api/ingest counts", counts.toString() + String.format(Locale.ROOT, " (%s of JSON)", kb(report.length())));
		results.put("load rate (launch → ready)", String.format(Locale.ROOT, "%,.0f articles/s", loaded / launchToReady));
		results.put("load rate (ingest alone)", String.format(Locale.ROOT, "%,.0f articles/s", loaded / ingest));
		results.put("ingest ms per article", String.format(Locale.ROOT, "%.2f", ingest * 1000 / Math.max(1, loaded)));
		results.put("CPU during load", String.format(Locale.ROOT, "%.0f s of CPU in %.0f s of wall time (%.2f cores busy)",
				cpuProcess / 1e9, launchToReady, cpuProcess / 1e9 / launchToReady));
		results.put("GC during load", gcDelta(gc0));
		results.put("threads by CPU during load", threads.stop(loaded));
		results.put("where the loading thread spends its time (stack samples)", sampler.summary());
		results.put("heap peak during load (old gen)", peaks());

		heap("heap used after load (after GC)");
		results.put("data folder on disk", String.format(Locale.ROOT, "%s (H2 %s, Lucene index %s)", mb(size(data)),
				mb(size(data.resolve("db"))), mb(size(data.resolve("index")))));

		search(port);
		heap("heap used after the search run (after GC)");
		context.close();
		return true;
	}

	private final long[] stopAt = new long[1];

	private final int[] loadedAtStop = new int[1];

	/**
	 * Logs progress every 30 s; past the time limit it records the files loaded so far and stops the loading thread
	 * with {@link Thread#stop()} (Java 17 still honours it): closing the application instead would leave the
	 * ingester reading and extracting every remaining file before it noticed.
	 */
	@SuppressWarnings({ "deprecation", "removal" })
	private Thread watchdog(AtomicReference<ConfigurableApplicationContext> started, long t0, long deadline,
			Thread loader) {
		Thread t = new Thread(() -> {
			try {
				while (true) {
					Thread.sleep(Math.max(1, Math.min(30_000, (deadline - System.nanoTime()) / 1_000_000)));
					ConfigurableApplicationContext c = started.get();
					int loaded = loadedCount(c);
					double s = secondsSince(t0);
					log("loading: %,d files after %.0f s (%,.1f/s since launch); load average %s", loaded, s, loaded / s,
							loadAverage());
					if (System.nanoTime() >= deadline) {
						stopAt[0] = System.nanoTime();
						loadedAtStop[0] = loaded;
						log("load limit of %d min reached: stopping the load", loadMinutes);
						loader.stop();
						return;
					}
				}
			}
			catch (InterruptedException ex) {
				// the load finished
			}
		}, "benchmark-watchdog");
		t.setDaemon(true);
		t.start();
		return t;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static int loadedCount(ConfigurableApplicationContext c) {
		if (c == null) {
			return 0;
		}
		try {
			Object report = c.getBean(Class.forName("org.kjnews.ingest.IngestReport"));
			Class<?> status = Class.forName("org.kjnews.ingest.IngestStatus");
			@SuppressWarnings({ "unchecked", "rawtypes" })
			Object loaded = Enum.valueOf((Class) status, "LOADED");
			return (int) (long) (Long) report.getClass().getMethod("count", status).invoke(report, loaded);
		}
		catch (Exception ex) {
			return -1;
		}
	}

	// ---------------------------------------------------------------- restart

	private void restart(Path corpus, Path data) throws Exception {
		restart(corpus, data, false);
	}

	private void restart(Path corpus, Path data, boolean thenSearch) throws Exception {
		Path db = data.resolve("db");
		if (Files.exists(db.resolve("kjnews.mv.db.compact"))) {
			// the loader asked for the compaction of the database after its large run: the next start does it
			long before = size(db);
			long t0 = System.nanoTime();
			app(corpus, data, event -> {
			}).close();
			results.put("first start after the load: launch → ready, compacting the database first",
					String.format(Locale.ROOT, "%.1f s; H2 file %s, was %s", secondsSince(t0), mb(size(db)),
							mb(before)));
		}
		long t0 = System.nanoTime();
		ConfigurableApplicationContext context = app(corpus, data, event -> {
		});
		double seconds = secondsSince(t0);
		String report = get(port(context), "/api/ingest").body();
		int unchanged = count(report, "\"UNCHANGED\"");
		int loaded = count(report, "\"LOADED\"");
		results.put("restart, unchanged folder: launch → ready",
				String.format(Locale.ROOT, "%.1f s (%,d unchanged, %,d loaded again)", seconds, unchanged, loaded));
		if (thenSearch) {
			heap("heap used after the restart (after GC)");
			results.put("data folder on disk", String.format(Locale.ROOT, "%s (H2 %s, Lucene index %s)",
					mb(size(data)), mb(size(data.resolve("db"))), mb(size(data.resolve("index")))));
			search(port(context));
			heap("heap used after the search run (after GC)");
		}
		context.close();
	}

	/** The restart on a kept data folder, then the heap and searches on that instance. */
	private void restartAndSearch(Path corpus, Path data) throws Exception {
		restart(corpus, data, true);
	}

	// ---------------------------------------------------------------- search latency

	/**
	 * Search latency with queries a reader could type, each address asked once: the application caches answers by
	 * address (PageCache) until the folder changes, so a repeated address measures the cache, not the search. The
	 * cached case is measured separately at the end.
	 */
	private void search(int port) throws Exception {
		List<String> people = slugs(get(port, "/api/people?size=200").body());
		List<String> orgs = slugs(get(port, "/api/organizations?size=200").body());
		if (people.isEmpty()) {
			people = List.of("none");
		}
		if (orgs.isEmpty()) {
			orgs = List.of("none");
		}
		results.put("search mix", "13 kinds in turn, each address new (no answer can come from the page cache): one word, "
				+ "a stemmed word, two words, a quoted phrase, a surname, `person=` (top 200 people), `person=` the most "
				+ "mentioned, `q`+`person`+`year`, `organization`+`year`, `q`+`organization`, `source`+`year`, browse with "
				+ "`year`, browse by `sort=date` and page; varied by `page` (0–4) and `sort` (relevance/date)");
		java.util.Set<String> seen = new java.util.HashSet<>();
		QueryMix mix = new QueryMix(people, orgs, seen);
		for (String path : List.of("/articles", "/api/articles")) {
			latency(port, path, mix);
		}
		cached(port, mix);
		lists(port, people, orgs);
	}

	/**
	 * The lists and entity pages at this size: people and organizations searched by name (a surname, a word of an
	 * organization's name, with the list's sort, country and kind now and then), the lists paged, and single pages;
	 * each address once.
	 */
	private void lists(int port, List<String> people, List<String> orgs) throws Exception {
		String[] kinds = { "/people?q=surname", "/organizations?q=word", "/api/people?q=surname", "/people page",
				"/organizations page", "/people/{slug}", "/organizations/{slug}" };
		String[] orgWords = { "Association", "Institute", "Chamber", "Council", "Federation", "Semiconductor",
				"Hydrogen", "Holdings", "Electronics", "Steel", "Korea", "Japan" };
		java.util.Random rnd = new java.util.Random(11);
		java.util.Set<String> seen = new java.util.HashSet<>();
		Map<String, List<Long>> byKind = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		int errors = 0;
		int count = Math.min(requests, 700);
		for (int i = 0, tries = 0; i < count && tries < count * 5; tries++) {
			int k = tries % kinds.length;
			String sort = rnd.nextInt(3) == 0 ? "&sort=name" : "";
			String page = "&page=" + rnd.nextInt(rnd.nextInt(4) == 0 ? 40 : 3);
			String surname = rnd.nextBoolean() ? CorpusGenerator.KOREAN_SURNAMES[rnd.nextInt(CorpusGenerator.KOREAN_SURNAMES.length)]
					: CorpusGenerator.JAPANESE_SURNAMES[rnd.nextInt(CorpusGenerator.JAPANESE_SURNAMES.length)];
			String url = switch (k) {
				case 0 -> "/people?q=" + enc(surname) + (rnd.nextBoolean() ? "&country=KR" : "") + sort + page;
				case 1 -> "/organizations?q=" + enc(orgWords[rnd.nextInt(orgWords.length)])
						+ (rnd.nextBoolean() ? "&kind=ASSOCIATION" : "") + sort + page;
				case 2 -> "/api/people?q=" + enc(surname) + sort + page;
				case 3 -> "/people?country=" + (rnd.nextBoolean() ? "KR" : "JP") + sort + page;
				case 4 -> "/organizations?kind=COMPANY" + sort + page;
				case 5 -> "/people/" + enc(people.get(rnd.nextInt(people.size())));
				default -> "/organizations/" + enc(orgs.get(rnd.nextInt(orgs.size())));
			};
			if (!seen.add(url)) {
				continue;
			}
			long t0 = System.nanoTime();
			HttpResponse<String> r = get(port, url);
			long dt = System.nanoTime() - t0;
			if (r.statusCode() != 200) {
				errors++;
			}
			all.add(dt);
			byKind.computeIfAbsent(kinds[k], x -> new ArrayList<>()).add(dt);
			i++;
		}
		results.put("lists and entity pages (p50 / p95 / max)", String.format(Locale.ROOT,
				"%s / **%s** / %s ms over %,d distinct requests (%d not 200)", ms(pct(all, 50)), ms(pct(all, 95)),
				ms(pct(all, 100)), all.size(), errors));
		results.put("lists and entity pages by kind (p50/p95 ms)", byKind(byKind));
		log("lists p50 %s ms, p95 %s ms", ms(pct(all, 50)), ms(pct(all, 95)));
	}

	/** Builds search addresses of 13 kinds from the corpus' vocabulary, never the same one twice. */
	private static final class QueryMix {

		static final String[] KINDS = { "word", "stemmed word", "two words", "phrase", "surname", "person",
				"top person", "q+person+year", "organization+year", "q+organization", "source+year", "browse+year",
				"browse by date" };

		private static final String[] WORDS = { "semiconductor", "hydrogen", "tourism", "robotics", "steel", "battery",
				"shipbuilding", "startup", "investment", "carbon", "reactors", "satellite", "quantum", "logistics",
				"exports", "tariffs", "supply", "engineers", "fund", "forum", "agreement", "minerals", "wind", "aviation",
				"pharmaceutical", "display", "machinery", "farming", "content", "computing", "research", "university",
				"association", "institute", "cooperation", "trade", "energy", "materials", "vehicles", "data" };

		private static final String[] STEMMED = { "batteries", "semiconductors", "startups", "reactor", "vehicle",
				"engineer", "tariff", "export", "investments", "forums", "agreements", "universities", "associations",
				"institutes", "materials", "funds", "satellites", "exchanges", "chains", "orders" };

		private final List<String> people;

		private final List<String> orgs;

		private final java.util.Set<String> seen;

		private final java.util.Random rnd = new java.util.Random(7);

		QueryMix(List<String> people, List<String> orgs, java.util.Set<String> seen) {
			this.people = people;
			this.orgs = orgs;
			this.seen = seen;
		}

		/** A new address of kind {@code k}, or null when 50 tries gave only addresses already asked. */
		String next(String path, int k) {
			for (int tries = 0; tries < 50; tries++) {
				String q = query(k);
				// never a parameter twice: a second sort is refused (400), not read as the first
				String sort = !q.contains("sort=") && rnd.nextInt(3) == 0 ? "&sort=date" : "";
				String page = !q.contains("page=") && rnd.nextInt(3) == 0 ? "&page=" + rnd.nextInt(5) : "";
				String url = path + "?" + q + sort + page;
				if (seen.add(url)) {
					return url;
				}
			}
			return null;
		}

		private String query(int k) {
			String year = String.valueOf(2015 + rnd.nextInt(11));
			return switch (k) {
				case 0 -> "q=" + enc(pick(WORDS));
				case 1 -> "q=" + enc(pick(STEMMED));
				case 2 -> "q=" + enc(pick(WORDS) + " " + pick(WORDS));
				case 3 -> "q=" + enc("\"" + pick(CorpusGenerator.TOPICS) + "\"");
				case 4 -> "q=" + enc(rnd.nextBoolean() ? pick(CorpusGenerator.KOREAN_SURNAMES)
						: pick(CorpusGenerator.JAPANESE_SURNAMES));
				case 5 -> "person=" + enc(people.get(rnd.nextInt(people.size())));
				case 6 -> "person=" + enc(people.get(0)) + "&year=" + year;
				case 7 -> "q=" + enc(pick(WORDS)) + "&person=" + enc(people.get(rnd.nextInt(Math.min(20, people.size()))))
						+ "&year=" + year;
				case 8 -> "organization=" + enc(orgs.get(rnd.nextInt(orgs.size()))) + "&year=" + year;
				case 9 -> "q=" + enc(pick(WORDS)) + "&organization=" + enc(orgs.get(rnd.nextInt(orgs.size())));
				case 10 -> "source=" + enc(pick(CorpusGenerator.SOURCES)) + "&year=" + year;
				case 11 -> "year=" + year;
				default -> "sort=date&page=" + rnd.nextInt(50);
			};
		}

		private String pick(String[] values) {
			return values[rnd.nextInt(values.length)];
		}

	}

	private void latency(int port, String path, QueryMix mix) throws Exception {
		int kinds = QueryMix.KINDS.length;
		long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(10, searchSeconds / 4));
		int warmed = 0;
		for (; warmed < warmup && System.nanoTime() < warmEnd; warmed++) {
			String url = mix.next(path, warmed % kinds);
			if (url != null) {
				get(port, url);
			}
		}
		Map<String, List<Long>> byKind = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		int errors = 0;
		long bytes = 0;
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(searchSeconds);
		int i = 0;
		for (int attempt = 0; i < requests && System.nanoTime() < end && attempt < requests * 2; attempt++) {
			int k = attempt % kinds;
			String url = mix.next(path, k);
			if (url == null) {
				continue;
			}
			long t0 = System.nanoTime();
			HttpResponse<String> r = get(port, url);
			long dt = System.nanoTime() - t0;
			if (r.statusCode() != 200) {
				errors++;
			}
			bytes += r.body().length();
			all.add(dt);
			byKind.computeIfAbsent(QueryMix.KINDS[k], x -> new ArrayList<>()).add(dt);
			i++;
		}
		results.put("search " + path + " (p50 / p95 / max)", String.format(Locale.ROOT,
				"%s / **%s** / %s ms over %,d distinct requests after %d warm-up requests (%d not 200), %s per answer on average",
				ms(pct(all, 50)), ms(pct(all, 95)), ms(pct(all, 100)), i, warmed, errors, kb(bytes / Math.max(1, i))));
		results.put("search " + path + " by kind (p50/p95 ms)", byKind(byKind));
		log("%s p50 %s ms, p95 %s ms", path, ms(pct(all, 50)), ms(pct(all, 95)));
	}

	/** "kind p50/p95; …" of latencies by kind, in milliseconds. */
	private static String byKind(Map<String, List<Long>> byKind) {
		StringBuilder line = new StringBuilder();
		byKind.forEach((k, v) -> line.append(String.format(Locale.ROOT, "%s %s/%s; ", k, ms(pct(v, 50)), ms(pct(v, 95)))));
		return line.toString().trim();
	}

	/** The same 26 addresses again and again: what a repeated search costs when its answer is cached. */
	private void cached(int port, QueryMix mix) throws Exception {
		List<String> urls = new ArrayList<>();
		for (String path : List.of("/articles", "/api/articles")) {
			for (int k = 0; k < QueryMix.KINDS.length; k++) {
				String url = mix.next(path, k);
				if (url != null) {
					urls.add(url);
					get(port, url);
				}
			}
		}
		List<Long> all = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			long t0 = System.nanoTime();
			get(port, urls.get(i % urls.size()));
			all.add(System.nanoTime() - t0);
		}
		results.put("search, repeated addresses (page cache), p50 / p95", String.format(Locale.ROOT,
				"%s / %s ms over 1,000 requests cycling through %d addresses", ms(pct(all, 50)), ms(pct(all, 95)),
				urls.size()));
	}

	// ---------------------------------------------------------------- start-up of the jar on the seeds

	private void jarStartup() throws Exception {
		if (jarStartups <= 0) {
			return;
		}
		Path jar = jar();
		if (jar == null) {
			notes.add("No target/kjnews-*.jar: run with `verify` (the jar is built in `package`) to measure start-up.");
			return;
		}
		Path seeds = Path.of("seeds").toAbsolutePath();
		String[] appArgs = { "--kjnews.seeds-dir=" + seeds, "--management.endpoint.health.probes.enabled=true" };
		// The ways a user starts the application: the plain jar; the jar as the Docker image runs it (extracted,
		// with a class-data-sharing archive recorded by one training start, as in the Dockerfile); the same with
		// only the first JIT tier; and the README's ./mvnw spring-boot:run (Maven included, as typed).
		Path app = TARGET.resolve("benchmark/app");
		Path archive = app.resolve("kjnews.jsa");
		deleteRecursively(app); // extracted afresh from this build's jar
		Path extracted = cdsArchive(jar, app, archive, List.of());
		measureStartups("`java -Xmx1g -jar target/kjnews-*.jar`", "jar",
				List.of("java", "-Xmx1g", "-jar", jar.toString()), appArgs, true);
		if (extracted != null) {
			measureStartups("extracted jar + class data sharing, as the Docker image runs it "
					+ "(`java -Xmx1g -XX:SharedArchiveFile=kjnews.jsa -jar app/kjnews.jar`)", "cds",
					List.of("java", "-Xmx1g", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-jar",
							extracted.toString()), appArgs, true);
			measureStartups("the same with `-XX:TieredStopAtLevel=1` (first JIT tier only)", "cds-c1",
					List.of("java", "-Xmx1g", "-XX:SharedArchiveFile=" + archive, "-Xshare:auto",
							"-XX:TieredStopAtLevel=1", "-jar", extracted.toString()), appArgs, true);
		}
		// With the jar built by `-Paot` (Spring AOT), the Docker image's way: AOT classes plus an archive of its own
		if (extracted != null && builtWithAot(jar)) {
			Path aotArchive = app.resolve("kjnews-aot.jsa");
			if (cdsArchive(jar, app, aotArchive, List.of("-Dspring.aot.enabled=true")) != null) {
				measureStartups("built with `-Paot`, run with `-Dspring.aot.enabled=true` + class data sharing "
						+ "(the Docker image)", "aot",
						List.of("java", "-Xmx1g", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=" + aotArchive,
								"-Xshare:auto", "-jar", extracted.toString()), appArgs, true);
				measureStartups("the same with `-XX:TieredStopAtLevel=1`", "aot-c1",
						List.of("java", "-Xmx1g", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=" + aotArchive,
								"-Xshare:auto", "-XX:TieredStopAtLevel=1", "-jar", extracted.toString()),
						appArgs, true);
			}
		}
		else {
			notes.add("Start-up with Spring AOT not measured: build with `-Pbenchmark,aot` to include it.");
		}
		Path mvnw = Path.of("mvnw").toAbsolutePath();
		if (Files.isExecutable(mvnw)) {
			measureStartups("`./mvnw spring-boot:run` (the README's command; Maven's own start included, "
					+ "CPU of Maven and the application)", "mvnw",
					List.of(mvnw.toString(), "-q", "-B", "spring-boot:run",
							"-Dspring-boot.run.arguments=" + String.join(" ", appArgs)),
					new String[0], false);
		}
	}

	/** Whether the jar holds the classes Spring AOT generates (built with the {@code aot} profile). */
	private static boolean builtWithAot(Path jar) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
			return zip.getEntry("BOOT-INF/classes/org/kjnews/KjNewsApplication__ApplicationContextInitializer.class") != null;
		}
	}

	/**
	 * Extracts the jar (once) and records a class-data-sharing archive as the Dockerfile does, with these JVM
	 * flags; null if that fails.
	 */
	private Path cdsArchive(Path jar, Path app, Path archive, List<String> flags) throws Exception {
		Path extracted = app.resolve(jar.getFileName());
		if (Files.exists(extracted)) {
			return train(extracted, archive, flags);
		}
		Path log = TARGET.resolve("benchmark/cds-training.log");
		Process extract = new ProcessBuilder("java", "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", app.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (extract.waitFor() != 0) {
			notes.add("`java -Djarmode=tools -jar … extract` failed; see target/benchmark/cds-training.log");
			return null;
		}
		return train(extracted, archive, flags);
	}

	private Path train(Path extracted, Path archive, List<String> flags) throws Exception {
		Path log = TARGET.resolve("benchmark/cds-training.log");
		Path training = TARGET.resolve("benchmark/data-cds-training");
		deleteRecursively(training);
		long t0 = System.nanoTime();
		List<String> command = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + archive));
		command.addAll(flags);
		command.addAll(List.of("-Dspring.context.exit=onRefresh", "-jar", extracted.toString(),
				"--kjnews.data-dir=" + training, "--server.port=0"));
		Process train = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (!train.waitFor(5, TimeUnit.MINUTES) || train.exitValue() != 0 || !Files.exists(archive)) {
			train.destroyForcibly();
			notes.add("The class-data-sharing training run failed; see target/benchmark/cds-training.log");
			return null;
		}
		log("class-data-sharing archive recorded in %.1f s (%d MB)", secondsSince(t0), Files.size(archive) >> 20);
		return extracted;
	}

	private void measureStartups(String label, String name, List<String> command, String[] appArgs,
			boolean portAsArgument) throws Exception {
		Path data = TARGET.resolve("benchmark/data-seeds-" + name);
		deleteRecursively(data);
		List<String> times = new ArrayList<>();
		double[] all = new double[jarStartups];
		double[] cpus = new double[jarStartups];
		for (int run = 0; run < jarStartups; run++) {
			int port = freePort();
			Path logFile = TARGET.resolve("benchmark/startup-" + name + "-" + run + ".log");
			List<String> cmd = new ArrayList<>(command);
			if (portAsArgument) {
				cmd.addAll(List.of(appArgs));
				cmd.add("--kjnews.data-dir=" + data);
				cmd.add("--server.port=" + port);
			}
			else {
				// ./mvnw spring-boot:run: the application's arguments go in one Maven property
				int last = cmd.size() - 1;
				cmd.set(last, cmd.get(last) + " --kjnews.data-dir=" + data + " --server.port=" + port);
			}
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
			try {
				double s = waitReady(port, t0, p);
				double cpu = cpuSeconds(p.toHandle());
				all[run] = s;
				cpus[run] = cpu;
				times.add(String.format(Locale.ROOT, "%.2f s (%.1f s of CPU, load average %s)%s", s, cpu, loadAverage(),
						run == 0 ? " with an empty data folder" : ""));
				if (run == 0) {
					String report = get(port, "/api/ingest").body();
					times.set(0, times.get(0) + " [" + count(report, "\"LOADED\"") + " loaded]");
				}
			}
			finally {
				List<ProcessHandle> children = p.descendants().toList();
				p.destroy();
				children.forEach(ProcessHandle::destroy);
				if (!p.waitFor(20, TimeUnit.SECONDS)) {
					p.destroyForcibly();
				}
				for (ProcessHandle child : children) {
					child.onExit().get(20, TimeUnit.SECONDS);
				}
			}
		}
		double[] restarts = Arrays.copyOfRange(all, 1, all.length);
		double[] restartCpus = Arrays.copyOfRange(cpus, 1, cpus.length);
		Arrays.sort(restarts);
		Arrays.sort(restartCpus);
		log("start-up, %s: %s", name, times);
		results.put("start-up on the 5 seeds → readiness UP: " + label, String.join(", ", times)
				+ (restarts.length > 0 ? String.format(Locale.ROOT,
						"; median of the restarts: **%.2f s** (%.1f s of CPU)", restarts[(restarts.length - 1) / 2],
						restartCpus[(restartCpus.length - 1) / 2]) : ""));
	}

	/** CPU seconds of a process and all its descendants (Maven forks the application). */
	private static double cpuSeconds(ProcessHandle process) {
		return Stream.concat(Stream.of(process), process.descendants())
			.mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0))
			.sum();
	}

	private double waitReady(int port, long t0, Process p) throws Exception {
		HttpClient quick = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (secondsSince(t0) < 300) {
			if (!p.isAlive()) {
				throw new IllegalStateException("the application exited; see target/benchmark/startup-*.log");
			}
			try {
				HttpResponse<String> r = quick.send(request, HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200 && r.body().contains("UP")) {
					return secondsSince(t0);
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("not ready within 300 s");
	}

	// ---------------------------------------------------------------- pages against nginx

	private void pagesAgainstNginx() throws Exception {
		Path script = Path.of("src/test/java/org/kjnews/benchmark/pages.sh").toAbsolutePath();
		if (jar() == null || !onPath("wrk") || !onPath("nginx")) {
			notes.add("Page throughput skipped: needs the jar (`verify`), wrk and nginx (`apt-get install -y wrk nginx`).");
			return;
		}
		Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor();
		System.out.println(out);
		results.put("pages vs nginx (pages.sh, seeds)", "\n\n```\n" + out.trim() + "\n```\n");
	}

	// ---------------------------------------------------------------- helpers

	private static ConfigurableApplicationContext app(Path corpus, Path data,
			ApplicationListener<ApplicationStartedEvent> onStarted) {
		return new SpringApplicationBuilder(KjNewsApplication.class).listeners(onStarted)
			.run("--kjnews.seeds-dir=" + corpus, "--kjnews.data-dir=" + data, "--server.port=0",
					"--logging.level.org.kjnews.ingest=WARN");
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Slugs of the items of a list answer (the first "slug" of each item). */
	private static List<String> slugs(String json) {
		List<String> out = new ArrayList<>();
		Matcher m = Pattern.compile("\\{\"slug\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
		while (m.find()) {
			if (!out.contains(m.group(1))) {
				out.add(m.group(1));
			}
		}
		return out;
	}

	private static int count(String s, String what) {
		int n = 0;
		for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
			n++;
		}
		return n;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static long pct(List<Long> values, int p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.naturalOrder());
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String ms(long nanos) {
		return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
	}

	private void heap(String label) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		long used = memory.getHeapMemoryUsage().getUsed();
		results.put(label, String.format(Locale.ROOT, "%s of max %s", mb(used), mb(memory.getHeapMemoryUsage().getMax())));
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static String peaks() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.map(p -> p.getName() + " " + mb(p.getPeakUsage().getUsed()))
			.collect(Collectors.joining(", "));
	}

	private static Map<String, Long> gcTimes() {
		Map<String, Long> out = new LinkedHashMap<>();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			out.put(gc.getName(), gc.getCollectionTime());
			out.put(gc.getName() + "#", gc.getCollectionCount());
		}
		return out;
	}

	private static String gcDelta(Map<String, Long> before) {
		StringBuilder sb = new StringBuilder();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			sb.append(String.format(Locale.ROOT, "%s: %,d collections, %.1f s; ", gc.getName(),
					gc.getCollectionCount() - before.getOrDefault(gc.getName() + "#", 0L),
					(gc.getCollectionTime() - before.getOrDefault(gc.getName(), 0L)) / 1000.0));
		}
		return sb.toString().trim();
	}

	private static long processCpu() {
		java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
	}

	private static long size(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(TARGET)) {
			return files.filter(p -> p.getFileName().toString().matches("kjnews-.*\\.jar")).findFirst().orElse(null);
		}
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return Files.isExecutable(Path.of("/usr/sbin", command));
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static double secondsSince(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
	}

	private static String kb(long bytes) {
		return String.format(Locale.ROOT, "%,.1f kB", bytes / 1024.0);
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
	}

	private void write() throws IOException {
		StringBuilder md = new StringBuilder("# KJ News benchmark results\n\n");
		md.append("| measure | value |\n|---|---|\n");
		results.forEach((k, v) -> {
			if (!v.startsWith("\n")) {
				md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
			}
		});
		results.forEach((k, v) -> {
			if (v.startsWith("\n")) {
				md.append("\n## ").append(k).append(v);
			}
		});
		notes.forEach(n -> md.append("\n- ").append(n));
		md.append('\n');
		Path out = TARGET.resolve("benchmark-results.md");
		Files.writeString(out, md);
		Files.writeString(TARGET.resolve("benchmark/results-" + articles + ".md"), md);
		System.out.println();
		System.out.println(md);
	}

	/**
	 * A cheap stack sampler for the loading thread: every 20 ms it takes the thread's stack and counts, for a few
	 * markers, whether a frame of that marker is on it (inclusive time). No profiler agent needed.
	 */
	private static final class Sampler implements Runnable {

		private static final String[][] MARKERS = {
				{ "reading + parsing (TextArticleReader, TextDecoder)", "org.kjnews.ingest.TextArticleReader",
						"org.kjnews.ingest.TextDecoder" },
				{ "entity extraction (Extractor)", "org.kjnews.extract.Extractor" },
				{ "meeting extraction (MeetingExtractor)", "org.kjnews.extract.MeetingExtractor" },
				{ "storing (ArticleStore.save)", "org.kjnews.ingest.ArticleStore.save" },
				{ "…of which resolving/storing extraction (ExtractionStore)", "org.kjnews.ingest.ExtractionStore" },
				{ "…of which meetings (MeetingRecorder)", "org.kjnews.meeting.MeetingRecorder" },
				{ "…Hibernate Search / Lucene (indexing, on commit)", "org.hibernate.search", "org.apache.lucene" },
				{ "…H2 (SQL execution)", "org.h2." },
				{ "…transaction commit (flush at commit, index writes)",
						"org.springframework.transaction.support.AbstractPlatformTransactionManager.commit" },
				{ "…Hibernate auto-flush before a query (dirty checking the session)",
						"org.hibernate.event.internal.DefaultAutoFlushEventListener" },
				{ "…unique slugs (SlugPool.take)", "org.kjnews.system.SlugPool.take" },
				{ "…JPA queries (Spring Data repository calls)", "org.springframework.data.jpa.repository.query" },
				{ "tidying after the folder (ArticleStore.tidy)", "org.kjnews.ingest.ArticleStore.tidy" },
				{ "hashing (SHA-256)", "java.security.MessageDigest" },
				{ "mass indexing / index check (SearchIndexCheck)", "org.kjnews.search.SearchIndexCheck" } };

		private final Thread target;

		private final int[] hits = new int[MARKERS.length];

		private final Map<String, Integer> leaf = new TreeMap<>();

		private final Map<String, Integer> states = new TreeMap<>();

		private int samples;

		private volatile boolean running;

		private Thread thread;

		Sampler(Thread target) {
			this.target = target;
		}

		void start() {
			running = true;
			thread = new Thread(this, "benchmark-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		/** Never throws: after a stopped load the calling thread may carry an interrupt, which is cleared. */
		void stop() {
			running = false;
			Thread.interrupted();
			if (thread != null) {
				thread.interrupt();
				while (thread.isAlive()) {
					try {
						thread.join(100);
					}
					catch (InterruptedException ex) {
						// keep waiting
					}
				}
			}
		}

		@Override
		public void run() {
			while (running) {
				StackTraceElement[] stack = target.getStackTrace();
				Thread.State state = target.getState();
				synchronized (this) {
					samples++;
					states.merge(state == Thread.State.RUNNABLE ? "running" : "waiting", 1, Integer::sum);
					for (int k = 0; k < MARKERS.length; k++) {
						outer: for (StackTraceElement e : stack) {
							String frame = e.getClassName() + "." + e.getMethodName();
							for (int j = 1; j < MARKERS[k].length; j++) {
								if (frame.startsWith(MARKERS[k][j]) || frame.contains(MARKERS[k][j])) {
									hits[k]++;
									break outer;
								}
							}
						}
					}
					// the first application frame from the top, to find hot spots in org.kjnews itself
					for (StackTraceElement e : stack) {
						if (e.getClassName().startsWith("org.kjnews")) {
							leaf.merge(e.getClassName().replace("org.kjnews.", "") + "." + e.getMethodName(), 1,
									Integer::sum);
							break;
						}
					}
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		synchronized String summary() {
			StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d samples (%.0f%% runnable, %.0f%% waiting): ",
					samples, 100.0 * states.getOrDefault("running", 0) / Math.max(1, samples),
					100.0 * states.getOrDefault("waiting", 0) / Math.max(1, samples)));
			for (int k = 0; k < MARKERS.length; k++) {
				if (hits[k] > 0) {
					sb.append(String.format(Locale.ROOT, "%s %.0f%%; ", MARKERS[k][0], 100.0 * hits[k] / samples));
				}
			}
			sb.append("top org.kjnews frames: ");
			sb.append(leaf.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(6)
				.map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / samples))
				.collect(Collectors.joining(", ")));
			return sb.toString();
		}

	}

}
