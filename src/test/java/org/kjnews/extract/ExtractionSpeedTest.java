package org.kjnews.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Times entity extraction and meeting extraction apart on the five seeds (2,000 articles each, best of three rounds)
 * and prints milliseconds per article. With {@code -Dkj.fingerprint=FILE} it also writes every result for the seeds
 * under several publication dates, and for the articles of {@code -Dkj.corpus=DIR} if given, so two builds can be
 * compared byte for byte.
 */
class ExtractionSpeedTest {

	private static final Knowledge KNOWLEDGE = Knowledge.builtIn();

	private static final Extractor EXTRACTOR = new Extractor(KNOWLEDGE);

	private static final MeetingExtractor MEETINGS = new MeetingExtractor(KNOWLEDGE);

	private static List<ArticleText> seeds() throws IOException {
		JsonNode gold = JsonMapper.builder().build().readTree(Files.readString(Path.of("src/test/resources/seeds-gold.json")));
		List<ArticleText> out = new ArrayList<>();
		for (JsonNode a : gold.get("articles")) {
			out.add(MeetingSeedGoldTest.article(a));
		}
		return out;
	}

	@Test
	void millisecondsPerArticle() throws IOException {
		List<ArticleText> articles = seeds();
		List<Extraction> extractions = new ArrayList<>();
		for (ArticleText a : articles) {
			extractions.add(EXTRACTOR.extract(a));
		}
		int n = 2000;
		for (int i = 0; i < n; i++) { // warm-up for the JIT
			int k = i % articles.size();
			MEETINGS.extract(articles.get(k), EXTRACTOR.extract(articles.get(k)));
		}
		// Thread CPU time, the best of three rounds: other processes share the machine.
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		double entities = Double.MAX_VALUE;
		double meetings = Double.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long t0 = mx.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				EXTRACTOR.extract(articles.get(i % articles.size()));
			}
			long t1 = mx.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				int k = i % articles.size();
				MEETINGS.extract(articles.get(k), extractions.get(k));
			}
			long t2 = mx.getCurrentThreadCpuTime();
			entities = Math.min(entities, (t1 - t0) / 1e6 / n);
			meetings = Math.min(meetings, (t2 - t1) / 1e6 / n);
		}
		System.out.printf(Locale.ROOT,
				"speed: %d articles of the five seeds, best of 3, CPU time: entities %.3f ms, meetings %.3f ms,"
						+ " together %.3f ms per article%n",
				n, entities, meetings, entities + meetings);
		assertTrue(entities + meetings < 50, "extraction took " + (entities + meetings) + " ms per article");
		String fingerprint = System.getProperty("kj.fingerprint");
		if (fingerprint != null) {
			fingerprint(articles, Path.of(fingerprint));
		}
	}

	private static void fingerprint(List<ArticleText> seeds, Path file) throws IOException {
		List<ArticleText> all = new ArrayList<>();
		PartialDate[] dates = { null, PartialDate.UNKNOWN, PartialDate.ofYear(2025, DateBasis.STATED, null),
				PartialDate.ofMonth(2025, 6, DateBasis.STATED, null),
				PartialDate.ofDay(LocalDate.of(2026, 1, 3), DateBasis.STATED, null) };
		for (ArticleText a : seeds) {
			for (PartialDate d : dates) {
				all.add(d == null ? a : new ArticleText(a.title(), a.blocks(), a.byline(), a.credits(), a.source(), d));
			}
		}
		String corpus = System.getProperty("kj.corpus");
		if (corpus != null) {
			List<Path> files;
			try (Stream<Path> s = Files.walk(Path.of(corpus))) {
				files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
			}
			int i = 0;
			for (Path p : files) {
				ArticleText a = SeedArticles.read(p, true);
				PartialDate d = dates[1 + (i++ % (dates.length - 1))];
				all.add(new ArticleText(a.title(), a.blocks(), a.byline(), a.credits(), a.source(), d));
			}
		}
		StringBuilder b = new StringBuilder();
		for (ArticleText a : all) {
			Extraction e = EXTRACTOR.extract(a);
			b.append(e).append('\n');
			for (ExtractedMeeting m : MEETINGS.extract(a, e)) {
				b.append(m).append('\n');
			}
			b.append("--\n");
		}
		Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
		System.out.println("fingerprint: " + all.size() + " articles to " + file);
	}

}
