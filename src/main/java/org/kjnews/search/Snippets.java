package org.kjnews.search;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.kjnews.extract.SentenceMarks;

/**
 * Highlighted snippets are shown as HTML; whatever the highlighter returns passes through jsoup keeping nothing but
 * {@code <mark>}, so article text can never bring markup of its own.
 */
final class Snippets {

	private static final Safelist MARK_ONLY = Safelist.none().addTags("mark");

	/** The end of one mark and the start of the next with only spaces or hyphens between them. */
	private static final Pattern BETWEEN_MARKS = Pattern.compile("</mark>([\\s\\-‐–]+)<mark>");

	private Snippets() {
	}

	static String clean(String html) {
		String clean = Jsoup.clean(SentenceMarks.readable(html), MARK_ONLY);
		// words marked one by one but side by side are one mark: "Park Ji-won", not three
		return BETWEEN_MARKS.matcher(clean).replaceAll("$1");
	}

	/**
	 * A sentence with the first occurrence of a name in it marked: the snippet of an article found through a form of
	 * a name it does not use ({@code 일본무역진흥기구} for the Japan External Trade Organization).
	 */
	static String marking(String sentence, String name) {
		int at = sentence.indexOf(name);
		if (at < 0) {
			return clean(Entities.escape(sentence));
		}
		return clean(Entities.escape(sentence.substring(0, at)) + "<mark>" + Entities.escape(name) + "</mark>"
				+ Entities.escape(sentence.substring(at + name.length())));
	}

}
