package org.kjnews.article;

import java.util.List;

import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles as JSON, in the shape DESIGN.md promises to clients. */
@RestController
@RequestMapping("/api/articles")
class ArticleApiController {

	private final ArticleCatalog catalog;

	ArticleApiController(ArticleCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	PageResult<Item> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		return catalog.list(new Paging(page, size)).map(Item::of);
	}

	@GetMapping("/{slug}")
	Detail show(@PathVariable String slug) {
		return catalog.find(slug).map(Detail::of).orElseThrow(() -> new NotFoundException("article", slug));
	}

	record Item(String slug, String title, String source, String published, DatePrecision publishedPrecision,
			String publishedBasis, String sourceFile, String url) {

		static Item of(ArticleSummary a) {
			PartialDate date = a.published();
			return new Item(a.slug(), a.title(), a.source(), date.iso(), date.precision(), date.basis().name(),
					a.sourceFile(), a.url());
		}

	}

	record Detail(String slug, String title, boolean titleDerived, String source, String published,
			DatePrecision publishedPrecision, String publishedBasis, String publishedNote, String publishedTime,
			String sourceFile, String url, String byline, List<String> subheadings, List<String> tags,
			List<Block> blocks, List<Object> people, List<Object> organizations, List<Object> meetings,
			List<String> warnings) {

		static Detail of(ArticleDetail a) {
			PartialDate date = a.published();
			return new Detail(a.slug(), a.title(), a.titleDerived(), a.source(), date.iso(), date.precision(),
					date.basis().name(), date.note(), date.time() != null ? date.time().toString() : null,
					a.sourceFile(), a.url(), a.byline(), a.subheadings(), a.tags(), a.blocks(), List.of(), List.of(),
					List.of(), a.warnings());
		}

	}

}
