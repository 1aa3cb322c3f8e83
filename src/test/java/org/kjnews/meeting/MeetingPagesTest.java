package org.kjnews.meeting;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline, meeting and series pages, the calendar and the API, on the meetings of the seeds. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class MeetingPagesTest {

	@Autowired
	MockMvcTester mvc;

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	private Element row(Document timeline, String nameContains) {
		return timeline.select(".timeline-row").stream()
			.filter(r -> r.select(".timeline-name a").text().contains(nameContains))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no timeline row named " + nameContains));
	}

	@Test
	void theTimelineGroupsByYearAndShowsPrecisionAndStatusHonestly() {
		Document timeline = page("/meetings");
		assertThat(timeline.select(".timeline-year-heading").eachText()).containsSubsequence("2023", "2024", "2025",
				"2026");
		Element fourteenth = row(timeline, "14th");
		assertThat(fourteenth.select("time").text()).isEqualTo("8 December 2025");
		assertThat(fourteenth.select(".timeline-articles a")).hasSize(2);
		assertThat(fourteenth.hasClass("scheduled")).isFalse();
		Element fifteenth = row(timeline, "15th");
		assertThat(fifteenth.hasClass("scheduled")).isTrue();
		assertThat(fifteenth.select(".badge-scheduled").text()).isEqualTo("Scheduled");
		assertThat(fifteenth.select("time").text()).isEqualTo("2026");
		assertThat(fifteenth.select(".meta").text()).contains("Sendai");
		// a year-only meeting stands under "sometime in", not on the first of January
		assertThat(fifteenth.parents().select(".timeline-vague")).isNotEmpty();
		Element fiftySeventh = row(timeline, "57th");
		assertThat(fiftySeventh.select("time").text()).isEqualTo("27 May 2025");
		assertThat(fiftySeventh.select(".side-kr a").eachText()).contains("Kim Yoon");
		assertThat(fiftySeventh.select(".side-jp a").eachText()).contains("Aso Yutaka");
		assertThat(timeline.select(".overview rect")).isNotEmpty();
	}

	@Test
	void filtersCombineAndStayInTheUrl() {
		Document scheduled = page("/meetings?status=SCHEDULED");
		assertThat(scheduled.select(".timeline-row")).hasSize(1);
		Document chey2025 = page("/meetings?person=chey-tae-won&year=2025");
		assertThat(chey2025.select(".timeline-row")).isNotEmpty()
			.allSatisfy(r -> assertThat(r.select("time").attr("datetime")).startsWith("2025"));
		assertThat(chey2025.select(".chip").eachText()).anyMatch(t -> t.contains("Person: Chey Tae-won"));
		assertThat(page("/meetings?person=nobody").select(".empty").text()).contains("No meeting matches");
		// the overview above counts what the filters (but the year) keep: the scheduled meeting's year alone
		assertThat(scheduled.select(".overview a").eachAttr("aria-label")).containsExactly("2026: 1 meeting");
		assertThat(page("/meetings").select(".overview a").eachAttr("aria-label")).hasSizeGreaterThan(1);
		assertThat(mvc.get().uri("/meetings?status=SOMETIME").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/meetings?year=abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		// a year no date can hold has no meetings, like any other year without
		for (String year : new String[] { "999999999", "2147483647", "-2147483648" }) {
			Document none = page("/meetings?year=" + year);
			assertThat(none.select(".timeline-row")).isEmpty();
			assertThat(none.select("main > p.text-body-secondary").text()).isEqualTo("No meetings");
			assertThat(mvc.get().uri("/api/meetings?year=" + year).exchange()).hasStatusOk();
			assertThat(mvc.get().uri("/meetings.ics?year=" + year).exchange()).hasStatusOk();
		}
	}

	@Test
	void aMeetingPageShowsWhenWhereWhoBySideEvidenceAndItsSeriesNeighbours() {
		Document timeline = page("/meetings");
		String href = row(timeline, "14th").select(".timeline-name a").attr("href");
		Document meeting = page(href);
		assertThat(meeting.select(".meeting-facts").text()).contains("8 December 2025", "Jeju");
		assertThat(meeting.select(".side-column.side-kr a").eachText()).contains("Chey Tae-won");
		assertThat(meeting.select(".side-column.side-jp a").eachText()).contains("Kobayashi Ken");
		assertThat(meeting.select(".mention-list li")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(meeting.select(".series-neighbours").text()).contains("15th");
		String seriesHref = meeting.select(".meeting-facts a").attr("href");
		Document series = page(seriesHref);
		assertThat(series.select("tbody tr td:first-child").eachText()).contains("14", "15");
		assertThat(mvc.get().uri("/meetings/no-such-meeting").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/meetings/series/no-such-series").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theCalendarRespectsPrecisionAndStatus() throws Exception {
		var result = mvc.get().uri("/meetings.ics").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		String ics = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replace("\r\n ", "");
		assertThat(ics).contains("BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:20251208", "DTSTART;VALUE=DATE:20260101",
				"DTEND;VALUE=DATE:20270101", "STATUS:TENTATIVE");
	}

	@Test
	void theApiListsMeetingsInTimelineOrderWithTheAgreedFields() {
		var json = assertThat(mvc.get().uri("/api/meetings?size=100")).hasStatusOk().bodyJson();
		json.extractingPath("$.items[0].date").isEqualTo("2023");
		json.extractingPath("$.items[0].datePrecision").isEqualTo("YEAR");
		json.extractingPath("$.items[?(@.ordinal == 15)].status").asArray().containsExactly("SCHEDULED");
		json.extractingPath("$.items[?(@.ordinal == 57)].date").asArray().containsExactly("2025-05-27");
		json.extractingPath("$.items[?(@.ordinal == 14)].articles.length()").asArray().containsExactly(2);
		assertThat(mvc.get().uri("/api/meetings?status=SCHEDULED")).bodyJson().extractingPath("$.totalItems")
			.isEqualTo(1);
	}

	@Test
	void peopleAndOrganizationsListTheirMeetings() {
		assertThat(page("/people/chey-tae-won").select("#meetings-heading + ul li")).isNotEmpty();
		assertThat(page("/organizations/japan-chamber-of-commerce-and-industry").select("#meetings-heading + ul li"))
			.isNotEmpty();
	}

}
