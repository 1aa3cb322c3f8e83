package org.kjnews.search;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Highlighted snippets are shown as HTML; whatever the highlighter returns passes through jsoup keeping nothing but
 * {@code <mark>}, so article text can never bring markup of its own.
 */
final class Snippets {

	private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

	private Snippets() {
	}

	static String clean(String html) {
		return Jsoup.clean(html, MARK_ONLY);
	}

}
