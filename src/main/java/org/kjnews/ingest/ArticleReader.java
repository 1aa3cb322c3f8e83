package org.kjnews.ingest;

import org.kjnews.article.ParsedArticle;

/** Turns the decoded text of one article file into a {@link ParsedArticle}; one implementation per format. */
interface ArticleReader {

	/** Whether this reader handles files with this (lower-case) extension, such as {@code txt}. */
	boolean accepts(String extension);

	ParsedArticle read(String text);

	/**
	 * The file's bytes as text: UTF-8 (or UTF-16 with a byte-order mark), else Windows-1252 with a warning. A format
	 * that declares its own encoding, as an HTML page does, reads the declaration here.
	 */
	default TextDecoder.Decoded decode(byte[] bytes) throws UnreadableFileException {
		return TextDecoder.decode(bytes);
	}

}
