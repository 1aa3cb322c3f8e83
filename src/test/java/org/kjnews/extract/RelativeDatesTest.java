package org.kjnews.extract;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Date expressions resolved against a publication date, at the precision the words allow. */
class RelativeDatesTest {

	private static final PartialDate TUESDAY = PartialDate.ofDay(LocalDate.of(2025, 12, 9), DateBasis.STATED, null);

	private static final PartialDate DECEMBER = PartialDate.ofMonth(2025, 12, DateBasis.METADATA, null);

	private static String iso(String sentence, PartialDate published) {
		return iso(sentence, published, false);
	}

	private static String iso(String sentence, PartialDate published, boolean future) {
		List<RelativeDates.Found> found = RelativeDates.find(sentence, published, future, null);
		return found.isEmpty() ? null : found.get(0).date().iso();
	}

	@Test
	void absoluteDates() {
		assertEquals("2025-05-27", iso("It opened on May 27, 2025.", PartialDate.UNKNOWN));
		assertEquals("2025-12-08", iso("Officials said on December 8 that", TUESDAY));
		assertEquals("2025-10-30", iso("They met in Gyeongju on Oct. 30.", TUESDAY));
		assertEquals("2023", iso("It resumed in 2023 after a hiatus.", TUESDAY));
		assertEquals("2024-10", iso("It met in October 2024.", TUESDAY));
		assertEquals("2025-12-08", iso("on 8 December 2025", PartialDate.UNKNOWN));
	}

	@Test
	void relativeDates() {
		assertEquals("2025-12-08", iso("held the meeting on the 8th at the hotel", DECEMBER));
		assertEquals("2025-11-20", iso("held the meeting on the 20th", TUESDAY));
		assertEquals("2024", iso("At last year's meeting in Osaka", TUESDAY));
		assertEquals("2026", iso("will be held next year in Sendai", DECEMBER, true));
		assertEquals("2025-11", iso("held last month in Seoul", TUESDAY));
		assertEquals("2025-12-04", iso("They met on Thursday.", TUESDAY));
		assertEquals("2025-12-11", iso("They will meet on Thursday.", TUESDAY, true));
		assertEquals("2024-10", iso("in October last year in Seoul", TUESDAY));
		assertEquals("2026-03", iso("in March next year", TUESDAY, true));
		assertEquals("2025-05", iso("In May, he met the prime minister.", TUESDAY));
		assertEquals("2026-03", iso("It will take place in March.", TUESDAY, true));
		assertEquals("2025-12-08", iso("the talks yesterday", TUESDAY));
		assertEquals("2025", iso("This year's meeting was a success", DECEMBER));
	}

	@Test
	void rangesGiveAnEndDate() {
		RelativeDates.Found f = RelativeDates.find("from May 27 to 29", TUESDAY, false, null).get(0);
		assertEquals("2025-05-27", f.date().iso());
		assertEquals("2025-05-29", f.endDate().iso());
		f = RelativeDates.find("held Nov. 3-5 at the hotel", TUESDAY, false, null).get(0);
		assertEquals("2025-11-03", f.date().iso());
		assertEquals("2025-11-05", f.endDate().iso());
		f = RelativeDates.find("conducted from May 30 to June 30", TUESDAY, false, null).get(0);
		assertEquals("2025-06-30", f.endDate().iso());
	}

	@Test
	void anchoredAndHabitualDates() {
		PartialDate may8 = PartialDate.ofDay(LocalDate.of(2025, 5, 8), DateBasis.STATED, null);
		RelativeDates.Found f = RelativeDates.find("That same day in Seoul, he spoke.", DECEMBER, false, may8).get(0);
		assertEquals("2025-05-08", f.date().iso());
		f = RelativeDates.find("Since 1982, the two sides have held the conference.", TUESDAY, false, null).get(0);
		assertTrue(f.since());
		assertEquals("2025-05-09", RelativeDates.find("the following day", DECEMBER, false, may8).get(0).date().iso());
	}

	@Test
	void nothingWhereTheWordsGiveNoDate() {
		assertNull(iso("Officials may meet soon.", TUESDAY));
		assertNull(iso("on Thursday", DECEMBER)); // a weekday needs the day of publication
		assertNull(iso("the COVID-19 pandemic and a six-year hiatus", TUESDAY));
		assertNull(iso("the 60th anniversary", TUESDAY));
	}

}
