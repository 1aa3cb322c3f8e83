package org.kjnews.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Invented sentences in the style of Korean and Japanese English-language business news (none from the seeds),
 * read as one-paragraph articles published on Friday, November 14, 2025: each gives exactly the meetings expected,
 * with their date, place and status, so that the rules are not fitted to the seeds alone.
 */
class MeetingGeneralizationTest {

	private static final PartialDate FRIDAY = PartialDate.ofDay(LocalDate.of(2025, 11, 14), DateBasis.STATED, null);

	private static final Extractor EXTRACTOR = new Extractor(Knowledge.builtIn());

	private static final MeetingExtractor MEETINGS = new MeetingExtractor();

	static List<ExtractedMeeting> meetings(String... paragraphs) {
		ArticleText article = new ArticleText(null, List.of(paragraphs), null, List.of(), null, FRIDAY);
		return MEETINGS.extract(article, EXTRACTOR.extract(article));
	}

	/** Sentence; then date (ISO), a word of the place or null, status, ordinal or null, a person or null. */
	static Stream<Arguments> meetingSentences() {
		return Stream.of(
				arguments("Trade Minister Ahn Duk-geun met his Japanese counterpart Yoji Muto in Tokyo on Thursday.",
						"2025-11-13", "Tokyo", MeetingStatus.HELD, null, "Yoji Muto"),
				arguments("The two leaders held a summit in Gyeongju on Oct. 30 on the sidelines of the APEC meeting.",
						"2025-10-30", "Gyeongju", MeetingStatus.HELD, null, null),
				arguments("The 12th Korea-Japan Finance Ministers' Dialogue will take place in Seoul in March next year.",
						"2026-03", "Seoul", MeetingStatus.SCHEDULED, 12, null),
				arguments("Keidanren and the FKI held a joint forum in Tokyo on Monday.", "2025-11-10", "Tokyo",
						MeetingStatus.HELD, null, null),
				arguments("The forum, held from Nov. 3 to 5 at the Grand Hyatt Seoul, drew some 300 business leaders.",
						"2025-11-03", "Grand Hyatt Seoul", MeetingStatus.HELD, null, null),
				arguments("Japanese Ambassador Koichi Mizushima paid a courtesy call on Seoul Mayor Oh Se-hoon on Tuesday.",
						"2025-11-11", null, MeetingStatus.HELD, null, "Oh Se-hoon"),
				arguments("Chey Tae-won hosted a reception for Japanese business leaders at the Lotte Hotel in Jung District, central Seoul, on Wednesday.",
						"2025-11-12", "Lotte Hotel", MeetingStatus.HELD, null, "Chey Tae-won"),
				arguments("In October last year, the Korea-Japan Business Conference was held in Tokyo.", "2024-10",
						"Tokyo", MeetingStatus.HELD, null, null),
				arguments("The 58th Korea-Japan Business Conference is scheduled to take place in Tokyo next year.",
						"2026", "Tokyo", MeetingStatus.SCHEDULED, 58, null),
				arguments("The foreign ministers of the two countries held talks in Seoul last month.", "2025-10",
						"Seoul", MeetingStatus.HELD, null, null),
				arguments("The Korea-Japan Economic Association will hold a symposium in Fukuoka from Dec. 10 to 12.",
						"2025-12-10", "Fukuoka", MeetingStatus.SCHEDULED, null, null),
				arguments("Industry Minister Kim Jung-kwan sat down with Japanese Economy Minister Yoji Muto in Busan on Nov. 2.",
						"2025-11-02", "Busan", MeetingStatus.HELD, null, "Kim Jung-kwan"),
				arguments("President Lee Jae-myung will meet Prime Minister Sanae Takaichi in Tokyo later this month.",
						"2025-11", "Tokyo", MeetingStatus.SCHEDULED, null, "Lee Jae-myung"),
				arguments("The annual meeting of the two chambers was held in Busan in 2023.", "2023", "Busan",
						MeetingStatus.HELD, null, null),
				arguments("Business leaders of both countries gathered at the Korea-Japan CEO Summit in Seoul on Sept. 22.",
						"2025-09-22", "Seoul", MeetingStatus.HELD, null, null),
				arguments("Japanese business leaders paid a courtesy call on President Lee Jae-myung at Cheong Wa Dae yesterday.",
						"2025-11-13", null, MeetingStatus.HELD, null, "Lee Jae-myung"),
				arguments("Tokura Masakazu and Ryu Jin held a closed-door luncheon meeting in Seoul on Nov. 7.",
						"2025-11-07", "Seoul", MeetingStatus.HELD, null, "Ryu Jin"));
	}

	@ParameterizedTest
	@MethodSource("meetingSentences")
	void oneMeetingWithItsDatePlaceAndStatus(String sentence, String date, String place, MeetingStatus status,
			Integer ordinal, String person) {
		List<ExtractedMeeting> found = meetings(sentence);
		assertEquals(1, found.size(), sentence + " -> " + found);
		ExtractedMeeting m = found.get(0);
		assertEquals(date, m.date().iso(), sentence + " -> " + m);
		assertEquals(status, m.status(), sentence);
		assertEquals(ordinal, m.ordinal(), sentence);
		if (place != null) {
			assertTrue(m.location() != null && m.location().contains(place), sentence + " -> " + m.location());
		}
		if (person != null) {
			assertTrue(m.participantKeys().contains(NameKeys.person(person)), sentence + " -> " + m.participantKeys());
		}
		assertEquals(sentence, m.sentence());
	}

	static Stream<String> notMeetings() {
		return Stream.of("Samsung Electronics announced a new chip plant in Pyeongtaek on Tuesday.",
				"A survey by KITA found that 60 percent of Korean exporters expect weaker demand next year.",
				"KCCI Chairman Chey Tae-won held a press conference in Seoul on Wednesday.",
				"The two sides agreed to hold talks soon.",
				"Officials said a summit could take place next year.",
				"Keidanren called for a summit between the two leaders.",
				"A Korea-Japan summit may take place in Tokyo in December, according to officials.",
				"The two chambers have held annual meetings since 2023.",
				"The two governments signed an agreement on currency swaps on Monday.",
				"Hyundai Motor said its sales rose 5 percent last month.",
				"The ministry plans to propose a trilateral summit with China and Japan.",
				"The company met its sales target for the third quarter.",
				"Lawmakers urged the government to resume the Korea-Japan finance dialogue.");
	}

	@ParameterizedTest
	@MethodSource("notMeetings")
	void noMeeting(String sentence) {
		assertEquals(List.of(), meetings(sentence), sentence);
	}

	@Test
	void seriesNamesShareOneKey() {
		String key = MeetingSeries.key("Korea-Japan chambers of commerce chairpersons' meeting");
		assertEquals(key, MeetingSeries.key("Korea–Japan chambers’ presidents’ meeting"));
		assertEquals(key, MeetingSeries.key("Japan-Korea Chambers of Commerce Chairmen's Meetings"));
		assertEquals(key, MeetingSeries.key("KOREA-JAPAN CHAMBER HEADS' MEETING"));
		assertEquals(MeetingSeries.key("Korea-Japan Business Conference"),
				MeetingSeries.key("South Korea-Japan business conference"));
		assertTrue(MeetingSeries.isPartOf("annual chairmen's meetings", "Korea-Japan chambers of commerce chairpersons' meeting"));
		assertTrue(!key.equals(MeetingSeries.key("Korea-Japan Business Conference")));
	}

	@Test
	void laterMentionsReferBackToTheSeriesAndTheMeeting() {
		List<ExtractedMeeting> found = meetings(
				"The Korea-Japan chambers of commerce chairmen's meeting was first held in 1983.",
				"At last year's meeting in Osaka, KCCI Chairman Chey Tae-won proposed a joint fund.",
				"The 15th meeting will be held in Sendai next year.");
		assertEquals(3, found.size(), found.toString());
		String key = MeetingSeries.key("Korea-Japan chambers of commerce chairmen's meeting");
		found.forEach(m -> assertEquals(key, m.seriesKey(), m.toString()));
		assertEquals("2024", found.get(1).date().iso());
		assertTrue(found.get(1).location().startsWith("Osaka"));
		assertEquals(15, found.get(2).ordinal());
		assertEquals(MeetingStatus.SCHEDULED, found.get(2).status());
		assertEquals("2026", found.get(2).date().iso());
	}

	@Test
	void aCaptionAndTheTextReportOneMeeting() {
		List<ExtractedMeeting> found = meetings(
				"The 30th Korea-Japan Industrial Cooperation Forum opened at the COEX Convention Center in Seoul on Nov. 12.",
				"At this week's Korea-Japan industrial cooperation forum in Seoul, executives discussed hydrogen supply chains.",
				"Kim Yoon, chairman of the Korea-Japan Economic Association, attended the forum.");
		assertEquals(1, found.size(), found.toString());
		ExtractedMeeting m = found.get(0);
		assertEquals(30, m.ordinal());
		assertEquals("2025-11-12", m.date().iso());
		assertTrue(m.location().contains("COEX Convention Center"), m.location());
		assertTrue(m.participantKeys().contains(NameKeys.person("Kim Yoon")), m.participantKeys().toString());
	}

	@Test
	void aYearStaysAYear() {
		ExtractedMeeting m = meetings("The two associations resumed their joint symposium in 2023.").get(0);
		assertEquals(DatePrecision.YEAR, m.date().precision());
		assertNull(m.endDate());
	}

}
