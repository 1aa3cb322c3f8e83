package org.kjnews.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as readers type it into web search engines, turned into Lucene's simple query syntax (which Elasticsearch
 * reads too): {@code OR} between words or phrases means either ({@code Sato OR Tanaka}; it binds closer than the
 * words around it, so {@code hydrogen Sato OR Tanaka} wants hydrogen and one of the two), {@code AND} is what
 * words mean anyway, {@code NOT x} is {@code -x}, and {@code semicond*} is every word that begins so. A prefix needs
 * {@value #MIN_PREFIX} letters: {@code a*} would expand to a good part of the index's words. Everything else (quotes,
 * {@code -word}, {@code |}, {@code +}, parentheses, escapes) is the simple syntax already and passes through.
 */
final class QuerySyntax {

	/** Letters or digits a prefix needs before its {@code *}. */
	static final int MIN_PREFIX = 2;

	/** A quoted phrase (to its closing quote or the end), or a run of anything but spaces and quotes. */
	private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|[^\\s\"]+");

	/** A star and what comes before it, within one token. */
	private static final Pattern STARS = Pattern.compile("([\\p{L}\\p{N}]*)\\*+");

	/** A prefix and what comes around it in a token: a minus, parentheses or bars. */
	private static final Pattern PREFIX_TERM = Pattern.compile("([-+(|]*)([\\p{L}\\p{N}]+)\\*([)|]*)");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Longer queries are cut: no one types more, and each word costs the index a clause. */
	static final int MAX_QUERY_LENGTH = 500;

	private QuerySyntax() {
	}

	/** The words typed, as searched for; null when they hold nothing to search for. */
	static String searched(String typed) {
		if (typed == null) {
			return null;
		}
		// control characters (a NUL from a crafted address) are no part of a search and no part of a page
		String q = CONTROL.matcher(typed).replaceAll(" ");
		// an accent typed as a mark of its own is the letter the articles hold ("kórea")
		q = Normalizer.normalize(q, Normalizer.Form.NFC);
		// nothing to search for ("*", a lone "OR") is no search: the list as browsed
		if (toSimple(q).isBlank()) {
			return null;
		}
		q = q.strip();
		return q.length() > MAX_QUERY_LENGTH ? cut(q) : q;
	}

	/** The beginning of a query too long: up to the last space that fits, so that no word is searched half. */
	private static String cut(String q) {
		int end = q.lastIndexOf(' ', MAX_QUERY_LENGTH);
		if (end < MAX_QUERY_LENGTH / 2) { // one long "word": cut it, but not between the halves of a character
			end = Character.isHighSurrogate(q.charAt(MAX_QUERY_LENGTH - 1)) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
		}
		return q.substring(0, end).strip();
	}

	/**
	 * The query to show inside the page's own quotes (“…”): one quoted phrase without its straight quotes, which
	 * would double them; anything else as typed.
	 */
	static String shown(String query) {
		if (query != null && query.length() > 1 && query.startsWith("\"") && query.endsWith("\"")
				&& query.indexOf('"', 1) == query.length() - 1) {
			return query.substring(1, query.length() - 1);
		}
		return query;
	}

	/** The query in the simple query syntax; null for null. */
	static String toSimple(String query) {
		return query == null ? null : String.join(" ", tokens(query, true));
	}

	/**
	 * {@code energy*} as {@code (energy* | energi*)}: the index holds stems ({@link PrefixStems}), which a word typed in
	 * full before its star does not begin; asked for in the stemmed fields, the matched words are marked in snippets too.
	 */
	private static String withStem(String term) {
		Matcher m = PREFIX_TERM.matcher(term);
		if (!m.matches()) {
			return term;
		}
		String word = m.group(2);
		String stem = PrefixStems.of(word);
		if (stem.length() < MIN_PREFIX || stem.equals(word.toLowerCase(Locale.ROOT))) {
			return term;
		}
		return m.group(1) + "(" + word + "* | " + stem + "*)" + m.group(3);
	}

	/**
	 * What the query asks to find, without what it excludes, in the simple query syntax: for the names shown above
	 * the hits ({@code -Tanaka} names no one). Null when nothing is left.
	 */
	static String wanted(String query) {
		if (query == null) {
			return null;
		}
		String wanted = String.join(" ", tokens(query, false));
		return wanted.isBlank() ? null : wanted;
	}

	private static List<String> tokens(String typed, boolean withExcluded) {
		// a quote left open is no phrase: the parser would read "a* as the prefix a*, past the checks below
		String query = typed.chars().filter(c -> c == '"').count() % 2 == 0 ? typed
				: typed.substring(0, typed.lastIndexOf('"')) + " " + typed.substring(typed.lastIndexOf('"') + 1);
		List<String> raw = new ArrayList<>();
		Matcher m = TOKEN.matcher(query);
		while (m.find()) {
			raw.add(m.group());
		}
		List<String> out = new ArrayList<>();
		List<String> either = new ArrayList<>(); // the operands of an OR being read
		boolean negate = false;
		for (int i = 0; i < raw.size(); i++) {
			String token = raw.get(i);
			if (token.equals("AND")) {
				continue;
			}
			if (token.equals("NOT")) {
				negate = true;
				continue;
			}
			if (token.equals("OR")) {
				continue; // read with the operand before it, below
			}
			String term = withStem(stars(token));
			if (term.isEmpty()) {
				continue;
			}
			if (negate && !term.startsWith("-")) {
				term = "-" + term;
			}
			negate = false;
			boolean excluded = term.startsWith("-");
			boolean joinsNext = i + 2 < raw.size() && raw.get(i + 1).equals("OR");
			if (excluded && !withExcluded) {
				if (!either.isEmpty() && !joinsNext) {
					out.add(group(either));
					either.clear();
				}
				continue;
			}
			if (joinsNext || !either.isEmpty()) {
				either.add(term);
				if (!joinsNext) {
					out.add(group(either));
					either.clear();
				}
			}
			else {
				out.add(term);
			}
		}
		if (!either.isEmpty()) {
			out.add(group(either));
		}
		return out;
	}

	private static String group(List<String> either) {
		return either.size() == 1 ? either.get(0) : "(" + String.join(" | ", either) + ")";
	}

	/** The token with a star kept only where it ends a prefix long enough; stars elsewhere are dropped. */
	private static String stars(String token) {
		if (token.indexOf('*') < 0 || token.startsWith("\"") || token.startsWith("-\"")) {
			return token; // in a phrase a star is only a character, which analysis drops
		}
		StringBuilder out = new StringBuilder();
		Matcher m = STARS.matcher(token);
		int last = 0;
		while (m.find()) {
			out.append(token, last, m.start());
			// the end of a word: of the token, or before the parentheses or bars that close it ("(semicond*)")
			boolean endsToken = token.substring(m.end()).chars().allMatch(c -> c == ')' || c == '|');
			out.append(m.group(1));
			if (endsToken && m.group(1).length() >= MIN_PREFIX) {
				out.append('*');
			}
			else if (!endsToken) {
				out.append(' ');
			}
			last = m.end();
		}
		out.append(token.substring(last));
		String result = out.toString().strip();
		return result.equals("-") ? "" : result;
	}

}
