package org.kjnews.article;

/** A reference to an article: enough to link to it. */
public record ArticleLink(String slug, String title) {
}
