package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words and punctuation with offsets, by hand in one pass (a regex here was the hot spot). */
final class Tokens {

	/** Abbreviations that keep their period: titles, company forms, initials. */
	private static final Set<String> ABBREVIATIONS = Set.of("corp", "co", "inc", "ltd", "rep", "sen", "dr", "mr", "mrs",
			"ms", "prof", "gov", "gen", "lt", "st", "jr", "sr", "no", "vs", "amb", "sec", "dept", "u.s", "u.k", "u.n",
			"s", "e.u", "p.m", "a.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			"mt", "ft", "bros", "etc", "j.p");

	private static final String[] PREFIXES = { "then-", "ex-", "former-" };

	private Tokens() {
	}

	static List<Token> of(String text) {
		return of(text, 0, text.length());
	}

	static List<Token> of(String text, int from, int to) {
		List<Token> out = new ArrayList<>();
		int i = from;
		while (i < to) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (!Character.isLetterOrDigit(c)) {
				out.add(new Token(String.valueOf(c), i, i + 1));
				i++;
				continue;
			}
			// A word may hold inner hyphens, apostrophes, periods and ampersands ("Min-seo", "U.S", "C&T").
			int e = i + 1;
			while (e < to) {
				char d = text.charAt(e);
				if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
					e++;
				}
				else if ((d == '.' || d == '\'' || d == '’' || d == '&' || d == '-') && e + 1 < to
						&& Character.isLetterOrDigit(text.charAt(e + 1))) {
					e += 2;
				}
				else {
					break;
				}
			}
			word(text, i, e, to, out);
			i = out.get(out.size() - 1).end();
		}
		return out;
	}

	private static void word(String text, int s, int e, int to, List<Token> out) {
		String w = text.substring(s, e);
		// "then-Prime", "ex-Chairman": the prefix is a word of its own so the title is seen.
		if (w.indexOf('-') > 1 && w.indexOf('-') < 7) {
			String lw = w.toLowerCase(Locale.ROOT);
			for (String prefix : PREFIXES) {
				if (lw.startsWith(prefix) && w.length() > prefix.length()
						&& Character.isUpperCase(w.charAt(prefix.length()))) {
					out.add(new Token(w.substring(0, prefix.length() - 1), s, s + prefix.length() - 1));
					s += prefix.length();
					w = w.substring(prefix.length());
					break;
				}
			}
		}
		// Possessive 's is a token of its own: "Korea's" is "Korea" + "'s".
		int len = w.length();
		if (len > 2 && (w.charAt(len - 1) == 's' || w.charAt(len - 1) == 'S')
				&& (w.charAt(len - 2) == '\'' || w.charAt(len - 2) == '’')) {
			out.add(new Token(w.substring(0, w.length() - 2), s, e - 2));
			out.add(new Token(w.substring(w.length() - 2), e - 2, e));
			return;
		}
		if (e < to && text.charAt(e) == '.' && keepsPeriod(w)) {
			e++;
			w = w + ".";
		}
		out.add(new Token(w, s, e));
	}

	private static boolean keepsPeriod(String w) {
		if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
			return true; // an initial: "Joseph R. Biden"
		}
		return ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
	}

}
