package org.kjnews.article;

import org.kjnews.system.NotFoundException;
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

	/**
	 * @param from the search that led here ({@code q=…&person=…}), for a link back to its results; only ever put after
	 * {@code /articles?}, so it leads nowhere else
	 */
	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) String from, Model model) {
		model.addAttribute("article", catalog.find(slug).orElseThrow(() -> new NotFoundException("article", slug)));
		// one article, one address for search engines, however it was reached
		model.addAttribute("canonicalUrl", "/articles/" + slug);
		if (from != null && !from.isBlank()) {
			model.addAttribute("backToResults", "/articles?" + from);
		}
		return "article/show";
	}

}
