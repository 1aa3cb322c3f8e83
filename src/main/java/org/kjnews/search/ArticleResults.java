package org.kjnews.search;

import java.util.List;
import java.util.Map;

import org.kjnews.article.ArticleSummary;
import org.kjnews.system.PageResult;

/**
 * One page of matching articles with the counts of each facet over all matches, a snippet per hit, and, when the
 * words as typed matched nothing, what was searched for instead ({@code query}) and the words typed
 * ({@code correctedFrom}).
 */
public record ArticleResults(PageResult<ArticleSummary> page, List<FacetValue> people,
		List<FacetValue> organizations, List<FacetValue> sources, List<FacetValue> years, Map<String, String> snippets,
		String query, String correctedFrom) {

	/** What was searched for, as the page quotes it (a single phrase without its own quotes). */
	public String shownQuery() {
		return QuerySyntax.shown(query);
	}

	/** The words typed, when corrected, as the page quotes them. */
	public String shownCorrectedFrom() {
		return QuerySyntax.shown(correctedFrom);
	}

	/** The snippet of an article with its matched words in {@code <mark>}; cleaned HTML, or null. */
	public String snippet(String slug) {
		return snippets.get(slug);
	}

}
