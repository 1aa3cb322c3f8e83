package org.kjnews.person;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kjnews.article.MeetingsOf;
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
class PersonController {

	private final PersonCatalog catalog;

	private final MeetingsOf meetings;

	PersonController(PersonCatalog catalog, MeetingsOf meetings) {
		this.catalog = catalog;
		this.meetings = meetings;
	}

	@GetMapping("/people")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "mentions") String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Model model) {
		String words = NameSearch.words(q);
		String chosen = CountryCodes.chosen(country);
		boolean byName = "name".equals(BadParameterException.oneOf("sort", sort, "mentions", "name"));
		model.addAttribute("people", catalog.list(words, chosen, byName, new Paging(page, size)));
		Map<String, Long> countries = new LinkedHashMap<>(catalog.countries(words));
		// a choice stays on the list, with its 0, when the words leave nothing of it
		if (CountryCodes.isKnown(chosen)) {
			countries.putIfAbsent(chosen, 0L);
		}
		model.addAttribute("countries", countries);
		model.addAttribute("q", words);
		model.addAttribute("country", chosen);
		model.addAttribute("sort", byName ? "name" : "mentions");
		return "person/list";
	}

	@GetMapping("/people/{slug}")
	String show(@PathVariable String slug, Model model) {
		PersonDetail person = catalog.find(slug).orElseThrow(() -> new NotFoundException("person", slug));
		model.addAttribute("person", person);
		model.addAttribute("overTime", person.overTime());
		model.addAttribute("relations", catalog.relations(person));
		model.addAttribute("meetings", meetings.person(slug));
		return "person/show";
	}

}
