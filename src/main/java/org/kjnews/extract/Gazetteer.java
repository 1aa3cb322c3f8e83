package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases looked up by their words, longest first, in one pass over the tokens. Acronyms (all capitals, as "SK" or
 * "KEF") must match their case; other phrases match in any case but must start with a capital in the text.
 */
final class Gazetteer<V> {

	record Match<V>(int end, V value, String form) {
	}

	private record Phrase<V>(String[] words, boolean exactCase, V value, String form) {
	}

	private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

	void add(String form, V value) {
		List<Token> tokens = Tokens.of(form.strip());
		if (tokens.isEmpty()) {
			return;
		}
		String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
		boolean exact = tokens.size() == 1 && tokens.get(0).isAllCaps() && form.length() <= 6;
		byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
			.add(new Phrase<>(words, exact, value, form.strip()));
	}

	/** The longest phrase starting at token {@code i}, or null. */
	Match<V> longest(List<Token> tokens, int i, boolean needCapital) {
		Token first = tokens.get(i);
		List<Phrase<V>> candidates = byFirstWord.get(first.lower());
		if (candidates == null || (needCapital && !first.isCapitalized())) {
			return null;
		}
		Match<V> best = null;
		for (Phrase<V> p : candidates) {
			int n = p.words.length;
			if (i + n > tokens.size() || (best != null && n <= best.end - i)) {
				continue;
			}
			boolean ok = true;
			for (int k = 0; k < n && ok; k++) {
				String t = tokens.get(i + k).text();
				ok = p.exactCase ? t.equals(p.words[k]) : t.equalsIgnoreCase(p.words[k]);
			}
			if (ok) {
				best = new Match<>(i + n, p.value, p.form);
			}
		}
		return best;
	}

}
