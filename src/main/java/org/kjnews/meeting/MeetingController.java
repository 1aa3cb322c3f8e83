package org.kjnews.meeting;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.kjnews.extract.MeetingStatus;
import org.kjnews.organization.Organization;
import org.kjnews.organization.OrganizationRepository;
import org.kjnews.person.Person;
import org.kjnews.person.PersonRepository;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class MeetingController {

	/**
	 * Meetings on one page of the timeline: a year or two of a busy archive, a page a phone loads quickly (500, the
	 * most a page may hold, made pages of 440 kB at 3,000 articles); the overview above leads to any year.
	 */
	private static final int TIMELINE_PAGE = 100;

	private final MeetingCatalog catalog;

	private final PersonRepository people;

	private final OrganizationRepository organizations;

	MeetingController(MeetingCatalog catalog, PersonRepository people, OrganizationRepository organizations) {
		this.catalog = catalog;
		this.people = people;
		this.organizations = organizations;
	}

	@GetMapping("/meetings")
	String timeline(@RequestParam(required = false) String series, @RequestParam(required = false) String person,
			@RequestParam(required = false) String organization, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) MeetingStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + TIMELINE_PAGE) int size, Model model) {
		MeetingFilter filter = new MeetingFilter(series, person, organization, year, status);
		PageResult<MeetingSummary> meetings = catalog.timeline(filter, new Paging(page, size));
		Map<Integer, Long> counts = catalog.countsByYear(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("meetings", meetings);
		model.addAttribute("years", TimelineYear.of(meetings.items()));
		model.addAttribute("overview", YearOverview.of(counts));
		model.addAttribute("allSeries", catalog.allSeries());
		// the chips name whom the filters chose; an unknown slug shows as itself
		if (filter.person() != null) {
			model.addAttribute("personName",
					people.findBySlug(filter.person()).map(Person::getName).orElse(filter.person()));
		}
		if (filter.organization() != null) {
			model.addAttribute("organizationName", organizations.findBySlug(filter.organization())
				.map(Organization::getName)
				.orElse(filter.organization()));
		}
		return "meeting/timeline";
	}

	/** The timeline (with the same filters) as an iCalendar file to subscribe to. */
	@GetMapping(value = "/meetings.ics", produces = "text/calendar;charset=UTF-8")
	@ResponseBody
	String calendar(@RequestParam(required = false) String series, @RequestParam(required = false) String person,
			@RequestParam(required = false) String organization, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) MeetingStatus status, HttpServletRequest request) {
		MeetingFilter filter = new MeetingFilter(series, person, organization, year, status);
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		return MeetingCalendar.of(catalog.timeline(filter, new Paging(0, Paging.MAX_SIZE)).items(), base);
	}

	@GetMapping("/meetings/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("detail", catalog.find(slug).orElseThrow(() -> new NotFoundException("meeting", slug)));
		return "meeting/show";
	}

	@GetMapping("/meetings/series/{slug}")
	String series(@PathVariable String slug, Model model) {
		model.addAttribute("series",
				catalog.findSeries(slug).orElseThrow(() -> new NotFoundException("meeting series", slug)));
		return "meeting/series";
	}

}
