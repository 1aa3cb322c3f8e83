package org.kjnews.search;

import java.util.List;

import org.kjnews.system.BadParameterException;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The article list, filtered, with the count of every choice beside it. */
@Controller
class ArticleListController {

	private final ArticleSearch search;

	private final EntityMatches matches;

	ArticleListController(ArticleSearch search, EntityMatches matches) {
		this.search = search;
		this.matches = matches;
	}

	@GetMapping("/articles")
	String page(@RequestParam(required = false) String q, @RequestParam(required = false) List<String> person,
			@RequestParam(required = false) List<String> organization, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
			@RequestParam(required = false) String more, Model model) {
		boolean byDate = "date".equals(BadParameterException.oneOf("sort", sort, "relevance", "date"));
		String expanded = BadParameterException.oneOf("more", more, ArticleSearch.EXPANDABLE);
		ArticleFilter filter = new ArticleFilter(q, person, organization, source, year, byDate);
		model.addAttribute("filter", filter);
		// a longer search is cut (ArticleFilter): the page says so rather than search for less than was typed
		model.addAttribute("queryShortened", ArticleFilter.cuts(q));
		model.addAttribute("maxQueryLength", ArticleFilter.MAX_QUERY_LENGTH);
		ArticleResults results = search.find(filter, new Paging(page, size), expanded != null);
		model.addAttribute("results", results);
		if (results.page().totalItems() == 0 && filter.q() != null && filter.narrowed()) {
			// the filters may be what leaves nothing, not the words: say how many the words alone find
			model.addAttribute("wordsAlone", search.list(filter.wordsOnly(), new Paging(0, 1)).page().totalItems());
		}
		model.addAttribute("matches", matches.of(results.query())); // as corrected, if it was
		model.addAttribute("sort", filter.byDate() ? "date" : "relevance");
		model.addAttribute("more", expanded);
		// "of" alone finds nothing because it is in every article, not because it is misspelled
		model.addAttribute("commonWordsOnly", StopWords.only(filter.q()));
		model.addAttribute("facetSize", ArticleSearch.FACET_SIZE);
		model.addAttribute("feedUrl", FilterQuery.of("/feed.atom", filter)); // the same filters as a feed
		model.addAttribute("resultsQuery", FilterQuery.of(filter)); // for the way back from an article
		return "article/list";
	}

}
