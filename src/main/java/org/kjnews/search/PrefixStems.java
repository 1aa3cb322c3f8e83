package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stem the {@code english} analyzer gives a word ("energi" for "energy"): the index holds stems, which a word typed
 * in full before a star ({@code energy*}) does not begin, so the search asks for the stem's prefix too. Built here from
 * Lucene's components (the same steps as {@link KjNewsAnalysis#ENGLISH}, without the stop words), so it serves the
 * Elasticsearch backend as well.
 */
final class PrefixStems {

	private static final Analyzer STEMMER = stemmer();

	private PrefixStems() {
	}

	/**
	 * The stem of one word, lower-cased; the word lower-cased if analysis leaves nothing of it or makes several words
	 * of it ("ab東京"), whose first alone would widen the prefix.
	 */
	static String of(String word) {
		try (TokenStream tokens = STEMMER.tokenStream("", word)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			String stem = tokens.incrementToken() ? term.toString() : null;
			if (stem != null && tokens.incrementToken()) {
				stem = null;
			}
			tokens.end();
			return stem == null ? word.toLowerCase(Locale.ROOT) : stem;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Analyzer stemmer() {
		try {
			return CustomAnalyzer.builder()
				.withTokenizer("standard")
				.addTokenFilter("lowercase")
				.addTokenFilter("asciiFolding")
				.addTokenFilter("englishPossessive")
				.addTokenFilter("porterStem")
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
