package org.kjnews.article;

import java.util.List;
import java.util.Optional;

import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of articles: lists and single articles, as records ready for pages and the API. */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	ArticleCatalog(ArticleRepository articles) {
		this.articles = articles;
	}

	public PageResult<ArticleSummary> list(Paging paging) {
		List<ArticleSummary> items = articles
			.findSummaries(org.springframework.data.domain.PageRequest.of(paging.page(), paging.size()));
		return PageResult.of(items, paging, articles.count());
	}

	public Optional<ArticleDetail> find(String slug) {
		return articles.findBySlug(slug).map(this::detail);
	}

	private ArticleDetail detail(Article a) {
		ArticleLink newer = first(articles.findNewer(a.getSortKey(), Limit.of(1)));
		ArticleLink older = first(articles.findOlder(a.getSortKey(), Limit.of(1)));
		return new ArticleDetail(a.getSlug(), a.getTitle(), a.isTitleDerived(), a.getSource(), a.getUrl(),
				a.getByline(), a.getPublished(), a.getSourceFile(), a.getSubheadings(), a.getTags(), a.getBlocks(),
				a.getWarnings(), newer, older);
	}

	private static ArticleLink first(List<ArticleLink> links) {
		return links.isEmpty() ? null : links.get(0);
	}

}
