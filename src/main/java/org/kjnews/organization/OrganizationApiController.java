package org.kjnews.organization;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.article.EntityRef;
import org.kjnews.article.LatestMeetings;
import org.kjnews.article.MeetingsOf;
import org.kjnews.extract.OrganizationKind;
import org.kjnews.person.EntityCount;
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

/** Organizations as JSON, in the shape DESIGN.md promises. */
@RestController
@RequestMapping("/api/organizations")
@Tag(name = "Organizations")
class OrganizationApiController {

	private final OrganizationCatalog catalog;

	private final MeetingsOf meetings;

	OrganizationApiController(OrganizationCatalog catalog, MeetingsOf meetings) {
		this.catalog = catalog;
		this.meetings = meetings;
	}

	@Operation(operationId = "listOrganizations", summary = "Organizations named in the articles",
			description = "Most mentioned first, or by name.")
	@GetMapping
	PageResult<Item> list(
			@Parameter(description = "Words of the name, as the article search reads them (\"phrases\", OR, -word, "
					+ "prefix*): organizations any form of whose name holds them all")
			@RequestParam(required = false) String q,
			@Parameter(description = "ISO country code, e.g. KR or JP")
			@RequestParam(required = false) String country,
			@Parameter(description = "Kind of organization")
			@RequestParam(required = false) OrganizationKind kind,
			@Parameter(description = "`mentions` (default) or `name`; any other value is a 400")
			@RequestParam(defaultValue = "mentions") String sort,
			@Parameter(description = "Page number, from 0")
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1 to 500")
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		boolean byName = "name".equals(BadParameterException.oneOf("sort", sort, "mentions", "name"));
		PageResult<OrganizationSummary> list = catalog.list(NameSearch.words(q), CountryCodes.chosen(country), kind, byName,
				new Paging(page, size));
		Map<String, List<String>> aliases = catalog.aliases(list.items().stream().map(OrganizationSummary::slug).toList());
		return list.map(o -> new Item(o.slug(), o.name(), aliases.getOrDefault(o.slug(), List.of()), o.country(),
				o.kind(), o.mentionCount(), o.articleCount()));
	}

	@Operation(operationId = "getOrganization", summary = "One organization",
			description = "Aliases, its people with their titles (as the articles given here state them), counterparts, "
					+ "articles (the newest 50, newest first; `articleCount` says how many, `/api/articles?organization=` "
					+ "lists them all) and meetings (the latest 50 in timeline order; `meetingCount` says how many, "
					+ "`/api/meetings?organization=` lists them all). 404 when unknown.")
	@GetMapping("/{slug}")
	Detail show(@PathVariable String slug) {
		return catalog.find(slug)
			.map(o -> Detail.of(o, meetings.organization(slug)))
			.orElseThrow(() -> new NotFoundException("organization", slug));
	}

	@Schema(name = "Organization")
	record Item(String slug, String name, List<String> aliases, String country, OrganizationKind kind,
			int mentionCount, int articleCount) {
	}

	@Schema(name = "OrganizationPerson")
	record PersonJson(String slug, String name, List<String> titles) {
	}

	@Schema(name = "OrganizationArticle")
	record ArticleJson(String slug, String name, String published, String sentence) {
	}

	@Schema(name = "OrganizationDetail")
	record Detail(String slug, String name, List<String> aliases, String country, OrganizationKind kind,
			int mentionCount, int articleCount, List<PersonJson> people, List<EntityCount> counterparts,
			List<ArticleJson> articles, List<EntityRef> meetings, long meetingCount) {

		static Detail of(OrganizationDetail o, LatestMeetings meetings) {
			return new Detail(o.slug(), o.name(), o.aliases(), o.country(), o.kind(), o.mentionCount(),
					o.articleCount(),
					o.members().stream().map(m -> new PersonJson(m.person().slug(), m.person().name(), m.titles()))
						.toList(),
					o.counterparts(), o.articles().stream().map(m -> new ArticleJson(m.article().slug(),
							m.article().title(), m.published().iso(), m.sentence())).toList(),
					meetings.items().stream().map(m -> new EntityRef(m.slug(), m.name())).toList(), meetings.total());
		}

	}

}
