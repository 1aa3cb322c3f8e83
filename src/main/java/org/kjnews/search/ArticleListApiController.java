package org.kjnews.search;

import java.util.List;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.article.ArticleItem;
import org.kjnews.extract.DatePrecision;
import org.kjnews.system.BadParameterException;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The article list as JSON, with the filters of DESIGN.md ({@code person} and {@code organization} repeatable). */
@RestController
@Tag(name = "Articles")
class ArticleListApiController {

	private final ArticleSearch search;

	ArticleListApiController(ArticleSearch search) {
		this.search = search;
	}

	@Operation(operationId = "listArticles", summary = "Search and filter articles",
			description = "All filters combine with AND. Newest first (undated last), or by relevance when `q` is given.")
	@GetMapping("/api/articles")
	ArticleList list(
			@Parameter(description = "Words to search for: all must match, \"quoted phrases\" as phrases, "
					+ "stems (battery finds batteries)")
			@RequestParam(required = false) String q,
			@Parameter(description = "Slug of a person the article names; repeatable")
			@RequestParam(required = false) List<String> person,
			@Parameter(description = "Slug of an organization the article names; repeatable")
			@RequestParam(required = false) List<String> organization,
			@Parameter(description = "Source (publication) as shown in `source`")
			@RequestParam(required = false) String source,
			@Parameter(description = "Year of publication")
			@RequestParam(required = false) Integer year,
			@Parameter(description = "`date` for newest first even with `q`; `relevance` (the default when `q` is "
					+ "given) otherwise; any other value is a 400")
			@RequestParam(required = false) String sort,
			@Parameter(description = "`true` to count the matches by person, organization, source and year, as the "
					+ "page's filters do (`facets`); the list alone answers faster")
			@RequestParam(defaultValue = "false") boolean facets,
			@Parameter(description = "Page number, from 0")
			@RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1 to 500")
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		boolean byDate = "date".equals(BadParameterException.oneOf("sort", sort, "relevance", "date"));
		ArticleFilter filter = new ArticleFilter(q, person, organization, source, year, byDate);
		Paging paging = new Paging(page, size);
		ArticleResults results = facets ? search.find(filter, paging) : search.list(filter, paging);
		PageResult<ArticleHit> items = results.page()
			.map(a -> ArticleHit.of(ArticleItem.of(a), results.snippet(a.slug())));
		return new ArticleList(items.items(), items.page(), items.size(), items.totalItems(), items.totalPages(),
				results.query(), results.correctedFrom(), facets ? Facets.of(results) : null);
	}

	/** An article of the list ({@link ArticleItem}) and, for a search, why it matched. */
	record ArticleHit(String slug, String title, String source, String published, DatePrecision publishedPrecision,
			String publishedBasis, String sourceFile, String url,
			@Schema(description = "For a search (`q`): the sentence that matched best, as HTML in which only the "
					+ "matched words are marked (`<mark>`) and everything else is escaped; null without `q` or when "
					+ "no sentence holds the words (they are in the title)") String snippet) {

		static ArticleHit of(ArticleItem item, String snippet) {
			return new ArticleHit(item.slug(), item.title(), item.source(), item.published(),
					item.publishedPrecision(), item.publishedBasis(), item.sourceFile(), item.url(), snippet);
		}

	}

	/**
	 * A page of articles, as every list of the API, and the words searched for: when those typed ({@code correctedFrom})
	 * matched nothing, the closest the archive knows ({@code query}), as the page says.
	 */
	// named as every other list of the API (PageResult of its items), of which it is one with two fields more
	@Schema(name = "PageResultArticleItem")
	record ArticleList(List<ArticleHit> items, int page, int size, long totalItems, int totalPages, String query,
			String correctedFrom, @Schema(description = "With `facets=true`: the matches counted by each filter's "
					+ "values, most first (the page's first twelve of each and all years); null otherwise") Facets facets) {
	}

	/**
	 * The counts of the page's filters over all matches: {@code value} is what the filter takes (a slug, a source, a
	 * year), {@code label} what the page shows, {@code active} whether the filter has it.
	 */
	record Facets(List<FacetValue> person, List<FacetValue> organization, List<FacetValue> source,
			List<FacetValue> year) {

		static Facets of(ArticleResults results) {
			return new Facets(shown(results.people()), shown(results.organizations()), shown(results.sources()),
					results.years());
		}

		/** As the page shows them: the first values and every chosen one (the search asks for one more). */
		private static List<FacetValue> shown(List<FacetValue> values) {
			return IntStream.range(0, values.size())
				.filter(i -> i < ArticleSearch.FACET_SIZE || values.get(i).active())
				.mapToObj(values::get)
				.toList();
		}

	}

}
