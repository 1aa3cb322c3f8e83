package org.kjnews.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@link Extractor} and {@link MeetingExtractor} on the five seeds, merges the meetings across articles by the
 * rule the storage layer uses, and scores them against the {@code meetings} of src/test/resources/seeds-gold.json:
 * precision, recall, F1 and date accuracy (the exact date at the gold's precision, among matched meetings).
 */
class MeetingSeedGoldTest {

	private static final Path SEEDS = Path.of("seeds");

	private static final Knowledge KNOWLEDGE = Knowledge.builtIn();

	private static JsonNode gold;

	/** The merged meetings of all seeds, each with the articles (three-digit prefixes) that report it. */
	private static final List<Merged> MERGED = new ArrayList<>();

	/** A meeting after merging across articles, as the storage layer would keep it. */
	static final class Merged {

		final List<ExtractedMeeting> reports = new ArrayList<>();

		final Set<String> articles = new LinkedHashSet<>();

		final Set<String> participants = new LinkedHashSet<>();

		final Set<String> organizations = new LinkedHashSet<>();

		String seriesKey;

		Integer ordinal;

		PartialDate date = PartialDate.UNKNOWN;

		MeetingStatus status;

		String location;

		void add(ExtractedMeeting m, String article) {
			reports.add(m);
			articles.add(article);
			participants.addAll(m.participantKeys());
			organizations.addAll(m.organizationKeys());
			if (seriesKey == null) {
				seriesKey = m.seriesKey();
			}
			if (ordinal == null) {
				ordinal = m.ordinal();
			}
			if (!date.isKnown() || (m.date().isKnown() && m.date().precision().compareTo(date.precision()) > 0)) {
				date = m.date();
			}
			if (status == null || m.status() == MeetingStatus.HELD) {
				status = m.status();
			}
			if (location == null) {
				location = m.location();
			}
		}

		/** The storage rule: same series and ordinal; same series and compatible date; same day and a party in common. */
		boolean accepts(ExtractedMeeting m) {
			if (seriesKey != null && seriesKey.equals(m.seriesKey())) {
				if (ordinal != null && m.ordinal() != null) {
					return ordinal.equals(m.ordinal());
				}
				return MeetingDraft.compatible(date, m.date());
			}
			boolean shared = m.participantKeys().stream().anyMatch(participants::contains)
					|| m.organizationKeys().stream().anyMatch(organizations::contains);
			return shared && date.isKnown() && m.date().isKnown() && date.precision() == DatePrecision.DAY
					&& m.date().precision() == DatePrecision.DAY && date.start().equals(m.date().start());
		}

	}

	@BeforeAll
	static void extractAll() throws Exception {
		gold = JsonMapper.builder().build().readTree(Files.readString(Path.of("src/test/resources/seeds-gold.json")));
		Extractor extractor = new Extractor(KNOWLEDGE);
		MeetingExtractor meetings = new MeetingExtractor();
		for (JsonNode a : gold.get("articles")) {
			ArticleText article = article(a);
			String id = a.get("file").asString().substring(0, 3);
			for (ExtractedMeeting m : meetings.extract(article, extractor.extract(article))) {
				merge(m, id);
			}
		}
	}

	/** A seed as {@link ArticleText}, dated by the gold's {@code published} (the date line or the metadata). */
	static ArticleText article(JsonNode goldArticle) {
		boolean titled = !goldArticle.get("title").isNull();
		ArticleText read = SeedArticles.read(SEEDS.resolve(goldArticle.get("file").asString()), titled);
		return new ArticleText(read.title(), read.blocks(), read.byline(), read.credits(), read.source(),
				date(goldArticle.get("published").asString(), DateBasis.STATED));
	}

	/** "2025", "2025-12", "2025-12-08" or "2025-12-09T09:53" as a partial date. */
	static PartialDate date(String iso, DateBasis basis) {
		String d = iso.length() > 10 ? iso.substring(0, 10) : iso;
		return switch (d.length()) {
			case 4 -> PartialDate.ofYear(Integer.parseInt(d), basis, null);
			case 7 -> PartialDate.ofMonth(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(5)), basis, null);
			default -> PartialDate.ofDay(LocalDate.parse(d), basis, null);
		};
	}

	private static void merge(ExtractedMeeting m, String article) {
		for (Merged g : MERGED) {
			if (g.accepts(m)) {
				g.add(m, article);
				return;
			}
		}
		Merged g = new Merged();
		g.add(m, article);
		MERGED.add(g);
	}

	@Test
	void meetingsMatchTheGold() {
		List<JsonNode> golds = new ArrayList<>();
		gold.get("meetings").forEach(golds::add);
		Set<Merged> matched = new LinkedHashSet<>();
		int truePositives = 0;
		int datesRight = 0;
		List<String> misses = new ArrayList<>();
		for (JsonNode g : golds) {
			Merged found = null;
			for (Merged m : MERGED) {
				if (!matched.contains(m) && matches(m, g)) {
					found = m;
					break;
				}
			}
			boolean optional = g.has("optional") && g.get("optional").asBoolean();
			if (found == null) {
				if (!optional) {
					misses.add(g.get("name").asString() + " " + g.get("date").asString());
				}
				continue;
			}
			matched.add(found);
			if (optional) {
				continue; // neither required nor wrong
			}
			truePositives++;
			if (found.date.iso() != null && found.date.iso().equals(g.get("date").asString())) {
				datesRight++;
			}
		}
		int required = (int) golds.stream().filter(g -> !(g.has("optional") && g.get("optional").asBoolean())).count();
		List<String> falsePositives = new ArrayList<>();
		for (Merged m : MERGED) {
			if (!matched.contains(m)) {
				falsePositives.add(describe(m));
			}
		}
		double p = truePositives / (double) (truePositives + falsePositives.size());
		double r = truePositives / (double) required;
		double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
		double dateAccuracy = truePositives == 0 ? 0 : datesRight / (double) truePositives;
		System.out.printf(Locale.ROOT, "meetings: P %.3f R %.3f F1 %.3f, dates right %.3f (%d of %d)%n", p, r, f1,
				dateAccuracy, datesRight, truePositives);
		misses.forEach(x -> System.out.println("  missed: " + x));
		falsePositives.forEach(x -> System.out.println("  false positive: " + x));
		MERGED.forEach(x -> System.out.println("  found: " + describe(x)));
		assertTrue(f1 >= 0.90, "meeting F1 " + f1);
		assertTrue(dateAccuracy >= 0.90, "meeting date accuracy " + dateAccuracy);
	}

	/** Dates agree at the gold's precision; then the series matches, or without a series the people overlap. */
	private static boolean matches(Merged m, JsonNode g) {
		PartialDate goldDate = date(g.get("date").asString(), DateBasis.STATED);
		if (!m.date.isKnown() || m.date.precision().compareTo(goldDate.precision()) < 0
				|| !MeetingDraft.compatible(m.date, goldDate)) {
			return false;
		}
		if (g.has("series") && !g.get("series").isNull()) {
			return Objects.equals(m.seriesKey, MeetingSeries.key(g.get("series").asString()));
		}
		for (JsonNode p : g.get("participants")) {
			if (m.participants.contains(NameKeys.person(p.asString()))) {
				return true;
			}
		}
		return false;
	}

	private static String describe(Merged m) {
		ExtractedMeeting first = m.reports.get(0);
		return first.name() + " | " + m.date.iso() + " | " + m.location + " | " + m.status + " | " + m.articles
				+ " | " + m.participants + " | " + m.organizations;
	}

	@Test
	void theFourteenthMeetingIsOneEntryFromBothArticles() {
		Merged m = find(KNOWLEDGE.organizationKey("KCCI"), 14);
		assertEquals("2025-12-08", m.date.iso());
		assertEquals(DatePrecision.DAY, m.date.precision());
		assertEquals(Set.of("000", "001"), m.articles);
		assertEquals(MeetingStatus.HELD, m.status);
		assertTrue(m.location.contains("Shilla Jeju"), m.location);
		assertTrue(m.participants.contains(NameKeys.person("Chey Tae-won")), m.participants.toString());
		assertTrue(m.participants.contains(NameKeys.person("Kobayashi Ken")), m.participants.toString());
		assertTrue(m.organizations.contains(KNOWLEDGE.organizationKey("Japan Chamber of Commerce and Industry")));
	}

	@Test
	void theFifteenthIsScheduledInSendaiIn2026() {
		Merged m = find(null, 15);
		assertEquals(MeetingStatus.SCHEDULED, m.status);
		assertEquals("2026", m.date.iso());
		assertEquals(DatePrecision.YEAR, m.date.precision());
		assertTrue(m.location.startsWith("Sendai"), m.location);
		assertEquals(m.seriesKey, find(null, 14).seriesKey);
	}

	@Test
	void theFiftySeventhConferenceWasOnMay27() {
		Merged m = find(null, 57);
		assertEquals("2025-05-27", m.date.iso());
		assertEquals(MeetingSeries.key("Korea-Japan Business Conference"), m.seriesKey);
		assertTrue(m.location.contains("Lotte Hotel"), m.location);
		assertTrue(m.participants.contains(NameKeys.person("Kim Yoon")));
	}

	@Test
	void theSeriesHasOneKeyForItsNames() {
		String key = find(null, 14).seriesKey;
		assertEquals(key, MeetingSeries.key("Korea–Japan chambers’ presidents’ meeting"));
		for (Merged m : MERGED) {
			if (m.articles.contains("000") && m.date.iso() != null && m.date.iso().equals("2024")) {
				assertEquals(key, m.seriesKey, "last year's meeting in Osaka");
			}
		}
	}

	private static Merged find(String organization, int ordinal) {
		for (Merged m : MERGED) {
			if (Objects.equals(m.ordinal, ordinal) && (organization == null || m.organizations.contains(organization))) {
				return m;
			}
		}
		assertNotNull(null, "no merged meeting numbered " + ordinal + " in " + MERGED.stream().map(MeetingSeedGoldTest::describe).toList());
		return null;
	}

}
