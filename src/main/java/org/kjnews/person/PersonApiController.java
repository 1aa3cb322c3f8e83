package org.kjnews.person;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.article.EntityRef;
import org.kjnews.article.LatestMeetings;
import org.kjnews.article.MeetingLink;
import org.kjnews.article.MeetingsOf;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;
import org.kjnews.search.NameSearch;
import org.kjnews.system.BadParameterException;
import org.kjnews.system.CountryCodes;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People as JSON, in the shape DESIGN.md promises. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People")
class PersonApiController {

	private final PersonCatalog catalog;

	private final MeetingsOf meetings;

	PersonApiController(PersonCatalog catalog, MeetingsOf meetings) {
		this.catalog = catalog;
		this.meetings = meetings;
	}

	@Operation(operationId = "listPeople", summary = "People named in the articles",
			description = "Most mentioned first, or by name.")
	@GetMapping
	PageResult<Item> list(
			@Parameter(description = "Words of the name, as the article search reads them (\"phrases\", OR, -word, "
					+ "prefix*): people any form of whose name holds them all")
			@RequestParam(required = false) String q,
			@Parameter(description = "ISO country code, e.g. KR or JP")
			@RequestParam(required = false) String country,
			@Parameter(description = "`mentions` (default) or `name`; any other value is a 400")
			@RequestParam(defaultValue = "mentions") String sort,
			@Parameter(description = "Page number, from 0")
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1 to 500")
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		boolean byName = "name".equals(BadParameterException.oneOf("sort", sort, "mentions", "name"));
		PageResult<PersonSummary> people = catalog.list(NameSearch.words(q), CountryCodes.chosen(country), byName,
				new Paging(page, size));
		Map<String, List<String>> aliases = catalog.aliases(people.items().stream().map(PersonSummary::slug).toList());
		return people.map(p -> new Item(p.slug(), p.name(), aliases.getOrDefault(p.slug(), List.of()), p.country(),
				p.mentionCount(), p.articleCount()));
	}

	@Operation(operationId = "getPerson", summary = "One person",
			description = "Aliases, roles with the sentence that states them (as the articles given here state them), articles (the newest 50, "
					+ "newest first; `articleCount` says how many, `/api/articles?person=` lists them all) and meetings (the "
					+ "latest 50 in timeline order; `meetingCount` says how many, `/api/meetings?person=` lists them all). "
					+ "404 when unknown.")
	@GetMapping("/{slug}")
	Detail show(@PathVariable String slug) {
		return catalog.find(slug)
			.map(p -> Detail.of(p, meetings.person(slug)))
			.orElseThrow(() -> new NotFoundException("person", slug));
	}

	@Schema(name = "Person")
	record Item(String slug, String name, List<String> aliases, String country, int mentionCount, int articleCount) {
	}

	@Schema(name = "PersonRole")
	record RoleJson(String title, EntityRef organization, EntityRef article, String asOf, DatePrecision asOfPrecision,
			String sentence) {

		static RoleJson of(RoleView r) {
			PartialDate asOf = r.asOf();
			return new RoleJson(r.title(), r.organization(), new EntityRef(r.article().slug(), r.article().title()),
					asOf.iso(), asOf.precision(), r.sentence());
		}

	}

	@Schema(name = "PersonArticle")
	record ArticleJson(String slug, String name, String published, String sentence) {
	}

	@Schema(name = "PersonMeeting")
	record MeetingJson(String slug, String name, String date, DatePrecision datePrecision, String location,
			boolean scheduled) {

		static MeetingJson of(MeetingLink m) {
			return new MeetingJson(m.slug(), m.name(), m.date().iso(), m.date().precision(), m.location(),
					m.scheduled());
		}

	}

	@Schema(name = "PersonDetail")
	record Detail(String slug, String name, List<String> aliases, String country, int mentionCount, int articleCount,
			List<RoleJson> roles, List<EntityRef> organizations, List<ArticleJson> articles, List<EntityCount> alongside,
			List<MeetingJson> meetings, long meetingCount) {

		static Detail of(PersonDetail p, LatestMeetings meetings) {
			return new Detail(p.slug(), p.name(), p.aliases(), p.country(), p.mentionCount(), p.articleCount(),
					p.roles().stream().map(RoleJson::of).toList(), p.organizations(),
					p.articles().stream().map(m -> new ArticleJson(m.article().slug(), m.article().title(),
							m.published().iso(), m.sentence())).toList(),
					p.alongside(), meetings.items().stream().map(MeetingJson::of).toList(), meetings.total());
		}

	}

}
