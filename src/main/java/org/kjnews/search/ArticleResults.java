package org.kjnews.search;

import java.util.List;

import org.kjnews.article.ArticleSummary;
import org.kjnews.system.PageResult;

/** One page of matching articles with the counts of each facet over all matches. */
public record ArticleResults(PageResult<ArticleSummary> page, List<FacetValue> people,
		List<FacetValue> organizations, List<FacetValue> sources, List<FacetValue> years) {
}
