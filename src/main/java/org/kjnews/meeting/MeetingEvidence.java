package org.kjnews.meeting;

import org.kjnews.article.ArticleLink;
import org.kjnews.extract.PartialDate;

/** One article's report of a meeting: the article, its date, and the sentence. */
public record MeetingEvidence(ArticleLink article, PartialDate published, String sentence) {
}
