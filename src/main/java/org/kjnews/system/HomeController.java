package org.kjnews.system;

import org.kjnews.article.ArticleCatalog;
import org.kjnews.organization.OrganizationCatalog;
import org.kjnews.person.PersonCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private static final int LATEST = 8;

	private static final int TOP = 8;

	private final ArticleCatalog articles;

	private final PersonCatalog people;

	private final OrganizationCatalog organizations;

	HomeController(ArticleCatalog articles, PersonCatalog people, OrganizationCatalog organizations) {
		this.articles = articles;
		this.people = people;
		this.organizations = organizations;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("latest", articles.list(new Paging(0, LATEST)));
		model.addAttribute("people", people.list(null, null, false, new Paging(0, TOP)));
		model.addAttribute("organizations", organizations.list(null, null, null, false, new Paging(0, TOP)));
		model.addAttribute("feedUrl", "/feed.atom");
		return "home";
	}

}
