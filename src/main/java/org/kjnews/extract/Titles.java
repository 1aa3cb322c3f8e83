package org.kjnews.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Titles before or after a name: "Chairman", "then-Prime Minister", "Japanese Prime Minister", "Korean Ambassador to
 * Japan", "former chairman". A title is never part of a name; its nationality tells the person's country.
 */
final class Titles {

	/** A title found at some tokens. */
	record Match(int end, String title, String country, boolean capitalized) {
	}

	private static final Set<String> KEEP_MODIFIERS = Set.of("former", "acting", "honorary", "deputy", "vice");

	private static final Set<String> SKIP_MODIFIERS = Set.of("then", "ex", "incoming", "outgoing", "current", "new",
			"late", "newly", "sitting");

	/** Titles that may take "to Japan" or "of Korea" as part of them. */
	private static final Set<String> TAKES_COUNTRY = Set.of("ambassador", "envoy", "president", "prime minister",
			"consul general", "special envoy", "minister", "king", "emperor");

	/** Abbreviated titles, written out in roles: "Rep." is "Representative". */
	private static final Map<String, String> ABBREVIATIONS = Map.of("Rep.", "Representative", "Sen.", "Senator",
			"Gov.", "Governor", "Prof.", "Professor", "Amb.", "Ambassador", "Gen.", "General", "Sec.", "Secretary");

	private final Knowledge knowledge;

	Titles(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	/** A title starting at token i, with its modifiers and nationality, or null. */
	Match at(List<Token> tokens, int i) {
		return tokens.get(i).memo(0, () -> find(tokens, i));
	}

	private Match find(List<Token> tokens, int i) {
		String first = tokens.get(i).lower();
		if (!knowledge.titles.startsWith(first) && !KEEP_MODIFIERS.contains(first) && !SKIP_MODIFIERS.contains(first)
				&& (!tokens.get(i).isUpperCaseLetter() || !knowledge.countries.startsWith(first))) {
			return null; // most words: no title can start here (a nationality is capitalized)
		}
		int j = i;
		StringBuilder text = new StringBuilder();
		String country = null;
		boolean capitalized = tokens.get(i).isUpperCaseLetter();
		while (j < tokens.size()) {
			String w = tokens.get(j).lower();
			if (KEEP_MODIFIERS.contains(w) && j + 1 < tokens.size()
					&& knowledge.titles.longest(tokens, j + 1, false) != null) {
				text.append(cap(w)).append(' ');
				j++;
			}
			else if (SKIP_MODIFIERS.contains(w) && j + 1 < tokens.size()) {
				j++;
			}
			else {
				break;
			}
		}
		if (j < tokens.size()) {
			Gazetteer.Match<String> nation = knowledge.countries.longest(tokens, j, true);
			if (nation != null && nation.end() < tokens.size()
					&& knowledge.titles.longest(tokens, nation.end(), false) != null) {
				country = nation.value();
				j = nation.end();
			}
		}
		if (j >= tokens.size()) {
			return null;
		}
		Gazetteer.Match<String> title = knowledge.titles.longest(tokens, j, false);
		if (title == null) {
			return null;
		}
		capitalized = tokens.get(j).isUpperCaseLetter(); // "then-Prime Minister", "former Prime Minister"
		// "Vice" alone is only a modifier of what follows.
		String words = join(tokens, j, title.end());
		text.append(words);
		int end = title.end();
		if (TAKES_COUNTRY.contains(title.value().toLowerCase(Locale.ROOT)) && end + 1 < tokens.size()
				&& (tokens.get(end).is("to") || tokens.get(end).is("of"))) {
			int k = end + 1;
			boolean afterThe = tokens.get(k).is("the") && k + 1 < tokens.size();
			if (afterThe) {
				k++;
			}
			Gazetteer.Match<String> place = knowledge.countries.longest(tokens, k, true);
			// "the United States", "the Philippines", but never "the Korea": there it begins a name ("president of
			// the Korea Steel Association")
			if (place != null && afterThe && place.end() - k == 1 && !tokens.get(k).lower().endsWith("s")) {
				place = null;
			}
			if (place != null) {
				if (tokens.get(end).is("of") && country == null) {
					country = place.value();
				}
				text.append(' ').append(tokens.get(end).lower()).append(' ').append(join(tokens, k, place.end()));
				end = place.end();
			}
		}
		String full = titleCase(text.toString());
		for (Map.Entry<String, String> a : ABBREVIATIONS.entrySet()) {
			if (full.equals(a.getKey()) || full.endsWith(" " + a.getKey())) {
				full = full.substring(0, full.length() - a.getKey().length()) + a.getValue();
			}
		}
		return new Match(end, full, country, capitalized);
	}

	static String join(List<Token> tokens, int from, int to) {
		StringBuilder b = new StringBuilder();
		for (int k = from; k < to; k++) {
			if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) {
				b.append(' ');
			}
			b.append(tokens.get(k).text());
		}
		return b.toString();
	}

	/** "economics professor" gives "Economics Professor"; small words stay small; acronyms stay. */
	static String titleCase(String s) {
		StringBuilder b = new StringBuilder();
		for (String w : s.strip().split("\\s+")) {
			if (b.length() > 0) {
				b.append(' ');
			}
			if (Set.of("of", "and", "to", "for", "the", "at", "in", "on").contains(w.toLowerCase(Locale.ROOT))
					&& b.length() > 0) {
				b.append(w.toLowerCase(Locale.ROOT));
			}
			else if (w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1) {
				b.append(w);
			}
			else {
				b.append(cap(w));
			}
		}
		return b.toString();
	}

	private static String cap(String w) {
		StringBuilder b = new StringBuilder(w.toLowerCase(Locale.ROOT));
		b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
		for (int k = 1; k < b.length(); k++) {
			if (b.charAt(k - 1) == '-') {
				b.setCharAt(k, Character.toUpperCase(b.charAt(k)));
			}
		}
		return b.toString();
	}

}
