package org.kjnews.search;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kjnews.extract.ResourceLines;

/**
 * The words the english analyzer leaves out ({@link KjNewsAnalysis#STOP_WORDS}): for the Elasticsearch analysis, which
 * cannot read them from this application's jar, and to tell a search made only of them ({@code of}, {@code "the"}),
 * which finds nothing, from one that is misspelled.
 */
final class StopWords {

	static final Set<String> ALL = read();

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private StopWords() {
	}

	/** Whether every word of the text is one of them (and it has words). */
	static boolean only(String text) {
		if (text == null) {
			return false;
		}
		Matcher words = WORD.matcher(text);
		boolean any = false;
		while (words.find()) {
			if (!ALL.contains(words.group().toLowerCase(Locale.ROOT))) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static Set<String> read() {
		return Set.copyOf(ResourceLines.of("/" + KjNewsAnalysis.STOP_WORDS));
	}

}
