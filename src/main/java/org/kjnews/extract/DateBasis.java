package org.kjnews.extract;

/** Where a date comes from, so a page can say why it shows it. */
public enum DateBasis {
	/** Written in the text, such as a date line. */
	STATED,
	/** Resolved from words such as "last month" against the publication date. */
	RELATIVE,
	/** Given in the metadata file beside the article. */
	METADATA,
	/** Reasoned from indirect evidence, such as dates in image addresses. */
	INFERRED,
	/** Nothing tells. */
	UNKNOWN
}
