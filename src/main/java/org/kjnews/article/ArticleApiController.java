package org.kjnews.article;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;
import org.kjnews.system.NotFoundException;
import org.kjnews.system.NoteText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One article as JSON, in the shape DESIGN.md promises to clients; the list is in the search feature. */
@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles")
class ArticleApiController {

	private final ArticleCatalog catalog;

	private final NoteText notes;

	ArticleApiController(ArticleCatalog catalog, NoteText notes) {
		this.catalog = catalog;
		this.notes = notes;
	}

	@Operation(operationId = "getArticle", summary = "One article",
			description = "Its text as blocks, and the people, organizations and meetings found in it. 404 when unknown.")
	@GetMapping("/{slug}")
	Detail show(@PathVariable String slug) {
		return catalog.find(slug)
			.map(article -> Detail.of(article, note -> notes.in(note, Locale.ENGLISH)))
			.orElseThrow(() -> new NotFoundException("article", slug));
	}

	@Schema(name = "ArticleDetail")
	record Detail(String slug, String title, boolean titleDerived, String source, String published,
			DatePrecision publishedPrecision, String publishedBasis, String publishedNote, String publishedTime,
			String sourceFile, String url, String byline, List<String> subheadings, List<String> tags,
			List<Block> blocks, List<EntityRef> people, List<EntityRef> organizations, List<EntityRef> meetings,
			List<String> warnings) {

		/** @param english the notes of the reader (date, how the file was read) in English */
		static Detail of(ArticleDetail a, UnaryOperator<String> english) {
			PartialDate date = a.published();
			return new Detail(a.slug(), a.title(), a.titleDerived(), a.source(), date.iso(), date.precision(),
					date.basis().name(), english.apply(date.note()), date.time() != null ? date.time().toString() : null,
					a.sourceFile(), a.url(), a.byline(), a.subheadings(), a.tags(), a.blocks(), a.people(),
					a.organizations(), a.meetings().stream().map(m -> new EntityRef(m.slug(), m.name())).toList(),
					a.warnings().stream().map(english).toList());
		}

	}

}
