package org.kjnews.article;

import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/** An article in a JSON list, with the fields DESIGN.md promises. */
public record ArticleItem(String slug, String title, String source, String published,
		DatePrecision publishedPrecision, String publishedBasis, String sourceFile, String url) {

	public static ArticleItem of(ArticleSummary a) {
		PartialDate date = a.published();
		return new ArticleItem(a.slug(), a.title(), a.source(), date.iso(), date.precision(), date.basis().name(),
				a.sourceFile(), a.url());
	}

}
