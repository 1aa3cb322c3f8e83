package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words and punctuation with offsets; one precompiled pattern, one pass. */
final class Tokens {

	// A word may hold inner hyphens, apostrophes, periods and ampersands ("Tae-won", "U.S", "C&T"), never at its end.
	private static final Pattern WORD = Pattern
		.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\p{M}]|[.'’&\\-](?=[\\p{L}\\p{N}]))*|\\S");

	/** Abbreviations that keep their period: titles, company forms, initials. */
	private static final Set<String> ABBREVIATIONS = Set.of("corp", "co", "inc", "ltd", "rep", "sen", "dr", "mr", "mrs",
			"ms", "prof", "gov", "gen", "lt", "st", "jr", "sr", "no", "vs", "amb", "sec", "dept", "u.s", "u.k", "u.n",
			"s", "e.u", "p.m", "a.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			"mt", "ft", "bros", "etc", "j.p");

	private Tokens() {
	}

	static List<Token> of(String text) {
		return of(text, 0, text.length());
	}

	static List<Token> of(String text, int from, int to) {
		List<Token> out = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		m.region(from, to);
		while (m.find()) {
			int s = m.start();
			int e = m.end();
			String w = text.substring(s, e);
			if (Character.isLetterOrDigit(w.charAt(0))) {
				// "then-Prime", "ex-Chairman": the prefix is a word of its own so the title is seen.
				String lw = w.toLowerCase(java.util.Locale.ROOT);
				for (String prefix : new String[] { "then-", "ex-", "former-" }) {
					if (lw.startsWith(prefix) && w.length() > prefix.length()
							&& Character.isUpperCase(w.charAt(prefix.length()))) {
						out.add(new Token(w.substring(0, prefix.length() - 1), s, s + prefix.length() - 1));
						s += prefix.length();
						w = w.substring(prefix.length());
						break;
					}
				}
				// Possessive 's is a token of its own: "Korea's" is "Korea" + "'s".
				if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
					out.add(new Token(w.substring(0, w.length() - 2), s, e - 2));
					out.add(new Token(w.substring(w.length() - 2), e - 2, e));
					continue;
				}
				if (e < to && text.charAt(e) == '.' && keepsPeriod(w)) {
					e++;
					w = w + ".";
				}
			}
			out.add(new Token(w, s, e));
		}
		return out;
	}

	private static boolean keepsPeriod(String w) {
		if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
			return true; // an initial: "Donald J. Trump"
		}
		return ABBREVIATIONS.contains(w.toLowerCase(java.util.Locale.ROOT));
	}

}
