package org.kjnews.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of romanized Korean names: a surname from the list, then a given name of one or two syllables
 * ("Min-seo", "Ji Won", "Hyun"). Syllables follow Revised Romanization and its common older variants.
 */
final class KoreanNames {

	private static final String SYLLABLE = "(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
			+ "(?:yeo|yae|eui|you|yoo|ae|ya|eo|yo|yu|eu|ui|oe|oi|wae|wa|wo|we|wi|oo|ee|ou|ea|a|e|i|o|u)"
			+ "(?:h?(?:ng|nk|k|n|l|m|p|t|g|b|r)|h)?";

	private static final Pattern ONE = Pattern.compile(SYLLABLE);

	private static final Pattern HYPHENATED = Pattern.compile(SYLLABLE + "-" + SYLLABLE);

	private KoreanNames() {
	}

	static boolean isSyllable(String w) {
		return w.length() <= 7 && w.indexOf('-') < 0 && ONE.matcher(w.toLowerCase(Locale.ROOT)).matches();
	}

	/** "Min-seo", "min-seo", "Min-Seo". */
	static boolean isHyphenatedGivenName(String w) {
		int dash = w.indexOf('-');
		return dash > 0 && w.length() >= 4 && w.length() <= 14 && w.indexOf('-', dash + 1) < 0 && HYPHENATED.matcher(w.toLowerCase(Locale.ROOT)).matches();
	}

	/** The words of a given name: one hyphenated word, one syllable, or two syllables. */
	static boolean isGivenName(List<String> words) {
		if (words.size() == 1) {
			return isHyphenatedGivenName(words.get(0)) || isSyllable(words.get(0));
		}
		return words.size() == 2 && isSyllable(words.get(0)) && isSyllable(words.get(1));
	}

}
