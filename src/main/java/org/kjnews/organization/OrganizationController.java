package org.kjnews.organization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kjnews.article.MeetingsOf;
import org.kjnews.extract.OrganizationKind;
import org.kjnews.search.NameSearch;
import org.kjnews.system.BadParameterException;
import org.kjnews.system.CountryCodes;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OrganizationController {

	private final OrganizationCatalog catalog;

	private final MeetingsOf meetings;

	OrganizationController(OrganizationCatalog catalog, MeetingsOf meetings) {
		this.catalog = catalog;
		this.meetings = meetings;
	}

	@GetMapping("/organizations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) OrganizationKind kind, @RequestParam(defaultValue = "mentions") String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Model model) {
		String words = NameSearch.words(q);
		String chosen = CountryCodes.chosen(country);
		boolean byName = "name".equals(BadParameterException.oneOf("sort", sort, "mentions", "name"));
		model.addAttribute("organizations", catalog.list(words, chosen, kind, byName, new Paging(page, size)));
		Map<String, Long> countries = new LinkedHashMap<>(catalog.countries(words, kind));
		Map<OrganizationKind, Long> kinds = new LinkedHashMap<>(catalog.kinds(words, chosen));
		// a choice stays on the list, with its 0, when the other choice leaves nothing of it
		if (CountryCodes.isKnown(chosen)) { // a made-up code is no choice to offer
			countries.putIfAbsent(chosen, 0L);
		}
		if (kind != null) {
			kinds.putIfAbsent(kind, 0L);
		}
		model.addAttribute("countries", countries);
		model.addAttribute("kinds", kinds);
		model.addAttribute("q", words);
		model.addAttribute("country", chosen);
		model.addAttribute("kind", kind);
		model.addAttribute("sort", byName ? "name" : "mentions");
		return "organization/list";
	}

	@GetMapping("/organizations/{slug}")
	String show(@PathVariable String slug, Model model) {
		OrganizationDetail organization = catalog.find(slug)
			.orElseThrow(() -> new NotFoundException("organization", slug));
		model.addAttribute("organization", organization);
		model.addAttribute("overTime", organization.overTime());
		model.addAttribute("relations", catalog.relations(organization));
		model.addAttribute("meetings", meetings.organization(slug));
		return "organization/show";
	}

}
