package org.kjnews.article;

import org.kjnews.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	private final ArticleCatalog catalog;

	ArticleController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("article", catalog.find(slug).orElseThrow(() -> new NotFoundException("article", slug)));
		return "article/show";
	}

}
