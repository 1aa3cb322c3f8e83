package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds sentence boundaries in a block: a stop, then space, then a capital, a digit or a quote. */
final class Sentences {

	/** Words after which a period does not end a sentence. */
	private static final Set<String> NO_END = Set.of("mr", "mrs", "ms", "dr", "rep", "sen", "gov", "gen", "lt", "prof",
			"st", "jr", "sr", "no", "co", "corp", "inc", "ltd", "vs", "u.s", "u.k", "u.n", "e.u", "amb", "sec", "dept",
			"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "j.p");

	private Sentences() {
	}

	/** Start and end offsets of each sentence, in pairs. */
	static List<int[]> of(String text) {
		List<int[]> out = new ArrayList<>();
		int n = text.length();
		int start = 0;
		while (start < n && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		for (int i = start; i < n; i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '!' && c != '?') {
				continue;
			}
			int j = i + 1;
			while (j < n && "\"”’')]".indexOf(text.charAt(j)) >= 0) {
				j++;
			}
			int k = j;
			while (k < n && Character.isWhitespace(text.charAt(k))) {
				k++;
			}
			if (k == j || k >= n) {
				continue; // no space after it ("Doyukai?the", "U.S.-China") or the end of the text
			}
			char next = text.charAt(k);
			if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0)) {
				continue;
			}
			if (c == '.' && !endsSentence(text, i)) {
				continue;
			}
			out.add(new int[] { start, j });
			start = k;
			i = k - 1;
		}
		if (start < n) {
			int end = n;
			while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			if (end > start) {
				out.add(new int[] { start, end });
			}
		}
		return out;
	}

	private static boolean endsSentence(String text, int dot) {
		int w = dot;
		while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
			w--;
		}
		String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
		if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
			return false; // an initial
		}
		return !NO_END.contains(word);
	}

}
