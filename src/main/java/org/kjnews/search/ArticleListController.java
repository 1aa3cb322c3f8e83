package org.kjnews.search;

import java.util.List;

import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The article list, filtered, with the count of every choice beside it. */
@Controller
class ArticleListController {

	private final ArticleSearch search;

	ArticleListController(ArticleSearch search) {
		this.search = search;
	}

	@GetMapping("/articles")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> person,
			@RequestParam(required = false) List<String> organization, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		ArticleFilter filter = new ArticleFilter(q, person, organization, source, year);
		model.addAttribute("filter", filter);
		model.addAttribute("results", search.find(filter, new Paging(page, size)));
		return "article/list";
	}

}
