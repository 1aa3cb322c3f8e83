package org.kjnews.ingest;

import org.kjnews.article.ParsedArticle;

/** Turns the decoded text of one article file into a {@link ParsedArticle}; one implementation per format. */
interface ArticleReader {

	/** Whether this reader handles files with this (lower-case) extension, such as {@code txt}. */
	boolean accepts(String extension);

	ParsedArticle read(String text);

}
