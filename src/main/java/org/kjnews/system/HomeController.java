package org.kjnews.system;

import org.kjnews.article.ArticleCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private static final int LATEST = 8;

	private final ArticleCatalog articles;

	HomeController(ArticleCatalog articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("latest", articles.list(new Paging(0, LATEST)));
		return "home";
	}

}
