package org.kjnews.search;

import java.util.List;

import org.kjnews.article.ArticleItem;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The article list as JSON, with the filters of DESIGN.md ({@code person} and {@code organization} repeatable). */
@RestController
class ArticleListApiController {

	private final ArticleSearch search;

	ArticleListApiController(ArticleSearch search) {
		this.search = search;
	}

	@GetMapping("/api/articles")
	PageResult<ArticleItem> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<String> person,
			@RequestParam(required = false) List<String> organization, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		ArticleFilter filter = new ArticleFilter(q, person, organization, source, year, "date".equals(sort));
		return search.page(filter, new Paging(page, size)).map(ArticleItem::of);
	}

}
