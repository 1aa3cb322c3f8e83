package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.article.EntityRef;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.MeetingStatus;
import org.kjnews.extract.PartialDate;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings as JSON in timeline order, in the shape DESIGN.md promises. */
@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Meetings")
class MeetingApiController {

	private final MeetingCatalog catalog;

	MeetingApiController(MeetingCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(operationId = "listMeetings", summary = "Meetings on the timeline",
			description = "In timeline order (by date, undated last); all filters combine with AND.")
	@GetMapping
	PageResult<Item> list(
			@Parameter(description = "Slug of a meeting series")
			@RequestParam(required = false) String series,
			@Parameter(description = "Slug of a person who took part")
			@RequestParam(required = false) String person,
			@Parameter(description = "Slug of an organization that took part")
			@RequestParam(required = false) String organization,
			@Parameter(description = "Year of the meeting")
			@RequestParam(required = false) Integer year,
			@Parameter(description = "`HELD` or `SCHEDULED`")
			@RequestParam(required = false) MeetingStatus status,
			@Parameter(description = "Page number, from 0")
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1 to 500")
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return catalog.timeline(new MeetingFilter(series, person, organization, year, status), new Paging(page, size))
			.map(Item::of);
	}

	@Operation(operationId = "getMeeting", summary = "One meeting",
			description = "The meeting, the sentences that report it, and the sessions before and after it in its "
					+ "series. 404 when unknown.")
	@GetMapping("/{slug}")
	Detail show(@PathVariable String slug) {
		return catalog.find(slug).map(Detail::of).orElseThrow(() -> new NotFoundException("meeting", slug));
	}

	@Schema(name = "Meeting")
	record Item(String slug, String name, EntityRef series, Integer ordinal, String date, DatePrecision datePrecision,
			String dateBasis, LocalDate endDate, String location, MeetingStatus status, List<PartyRef> participants,
			List<EntityRef> organizations, List<EntityRef> articles) {

		static Item of(MeetingSummary m) {
			PartialDate date = m.date();
			return new Item(m.slug(), m.name(), m.series(), m.ordinal(), date.iso(), date.precision(),
					date.basis().name(), m.endDate(), m.location(), m.status(), m.participants(), m.organizations(),
					m.articles().stream().map(a -> new EntityRef(a.slug(), a.title())).toList());
		}

	}

	@Schema(name = "MeetingEvidence")
	record Evidence(EntityRef article, String sentence) {
	}

	@Schema(name = "MeetingDetail")
	record Detail(Item meeting, List<Evidence> evidence, EntityRef previous, EntityRef next) {

		static Detail of(MeetingDetail d) {
			return new Detail(Item.of(d.meeting()),
					d.evidence().stream()
						.map(e -> new Evidence(new EntityRef(e.article().slug(), e.article().title()), e.sentence()))
						.toList(),
					ref(d.previous()), ref(d.next()));
		}

		private static EntityRef ref(MeetingSummary m) {
			return m == null ? null : new EntityRef(m.slug(), m.name());
		}

	}

}
