package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases looked up by their words, longest first, in one pass over the tokens. Acronyms (all capitals, as "LG" or
 * "KOTRA") must match their case; other phrases match in any case but must start with a capital in the text.
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
		boolean exact = tokens.size() == 1 && tokens.get(0).isAllCaps() && form.length() <= 6;
		String[] words = tokens.stream().map(t -> exact ? t.text() : t.lower()).toArray(String[]::new);
		List<Phrase<V>> list = byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
		list.add(new Phrase<>(words, exact, value, form.strip()));
		list.sort((a, b) -> Integer.compare(b.words.length, a.words.length)); // longest first: the first match wins
	}

	/** Whether some phrase starts with this word (lower case): a cheap test before {@link #longest}. */
	boolean startsWith(String lowerWord) {
		return byFirstWord.containsKey(lowerWord);
	}

	/** The longest phrase starting at token {@code i}, or null. */
	Match<V> longest(List<Token> tokens, int i, boolean needCapital) {
		Token first = tokens.get(i);
		List<Phrase<V>> candidates = byFirstWord.get(first.lower());
		if (candidates == null || (needCapital && !first.isCapitalized())) {
			return null;
		}
		for (Phrase<V> p : candidates) {
			int n = p.words.length;
			if (i + n > tokens.size()) {
				continue;
			}
			boolean ok = true;
			for (int k = 0; k < n && ok; k++) {
				Token t = tokens.get(i + k);
				ok = p.exactCase ? t.text().equals(p.words[k]) : t.lower().equals(p.words[k]);
			}
			if (ok) {
				return new Match<>(i + n, p.value, p.form);
			}
		}
		return null;
	}

}
