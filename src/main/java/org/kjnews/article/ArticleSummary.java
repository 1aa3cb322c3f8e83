package org.kjnews.article;

import java.time.LocalDate;
import java.time.LocalTime;

import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/** An article as lists show it. */
public record ArticleSummary(String slug, String title, String source, PartialDate published, String sourceFile,
		String url, String lead) {

	public static ArticleSummary of(Article a) {
		return new ArticleSummary(a.getSlug(), a.getTitle(), a.getSource(), a.getPublished(), a.getSourceFile(),
				a.getUrl(), a.getLead());
	}

	/** For JPQL constructor expressions, which hand over the stored columns one by one. */
	public ArticleSummary(String slug, String title, String source, LocalDate publishedDate, LocalTime publishedTime,
			DatePrecision publishedPrecision, DateBasis publishedBasis, String publishedNote, String sourceFile,
			String url, String lead) {
		this(slug, title, source,
				new PartialDate(publishedDate, publishedTime, publishedPrecision, publishedBasis, publishedNote),
				sourceFile, url, lead);
	}

}
