package org.kjnews.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling suggestions from the words of the archive itself: "Keidanen" becomes "keidanren" when the index holds
 * that word and not the misspelling; in a quoted phrase too ("economic aliance" becomes "economic alliance"), operators
 * and quotes kept as they are. The words are looked up
 * in the fields {@code bodyWords} and {@code titleWords} (analysed without stemming, so suggestions are real words),
 * by the search backend in use: {@link LuceneSpelling} or {@link ElasticsearchSpelling}.
 */
abstract class Spelling {

	static final String[] FIELDS = { "bodyWords", "titleWords" };

	/** Chooses the implementation: the same key as in application.properties and the elasticsearch profile. */
	static final String BACKEND_TYPE = "spring.jpa.properties.hibernate.search.backend.type";

	/**
	 * Words of three letters or more, in quotes too (a phrase is corrected word by word and stays a phrase); not a
	 * prefix ({@code semicond*} is meant to be incomplete) nor an operator ({@code OR}).
	 */
	private static final Pattern WORD = Pattern.compile("(?!(?:AND|OR|NOT)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]{3,}+(?!\\*)");

	/** Letters in the longest word corrected. */
	private static final int MAX_WORD = 40;

	/** The query with each unknown word replaced by the closest known one, or null when nothing changes. */
	String correct(String query) {
		Set<String> words = new LinkedHashSet<>();
		Matcher m = WORD.matcher(query);
		while (m.find()) {
			// no word is longer; a fuzzy lookup of a pasted run of text is too complex for Lucene's automata
			if (m.group().length() <= MAX_WORD) {
				words.add(m.group().toLowerCase(Locale.ROOT));
			}
		}
		Map<String, String> closest = words.isEmpty() ? Map.of() : closest(words);
		if (closest.isEmpty()) {
			return null;
		}
		StringBuilder corrected = new StringBuilder();
		m.reset();
		while (m.find()) {
			String replacement = closest.get(m.group().toLowerCase(Locale.ROOT));
			m.appendReplacement(corrected,
					Matcher.quoteReplacement(replacement == null ? m.group() : inCaseOf(m.group(), replacement)));
		}
		m.appendTail(corrected);
		return corrected.toString();
	}

	/**
	 * For each lower-case word that none of the {@link #FIELDS} holds, the closest word one of them does; words the
	 * index knows, and words with nothing close, are left out.
	 */
	abstract Map<String, String> closest(Set<String> words);

	/** The suggestion (lower case, as the index holds it) in the case the word was typed: Toyta → Toyota. */
	static String inCaseOf(String typed, String suggestion) {
		if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
			return suggestion.toUpperCase(Locale.ROOT);
		}
		if (Character.isUpperCase(typed.codePointAt(0))) {
			return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
		}
		return suggestion;
	}

}
