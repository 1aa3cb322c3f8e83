package org.kjnews.article;

import org.kjnews.system.NotFoundException;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

	private final ArticleCatalog catalog;

	ArticleController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/articles")
	String list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		model.addAttribute("articles", catalog.list(new Paging(page, size)));
		return "article/list";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("article", catalog.find(slug).orElseThrow(() -> new NotFoundException("article", slug)));
		return "article/show";
	}

}
