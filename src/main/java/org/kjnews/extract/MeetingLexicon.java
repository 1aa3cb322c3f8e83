package org.kjnews.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of meetings, read from the documented files under {@code /knowledge/meetings/}: the nouns that name a
 * meeting, the words that may stand in a meeting's name, and what makes a phrase a venue. Read once.
 */
final class MeetingLexicon {

	/** A meeting noun: its singular, whether a name ending in it can name a series. */
	record Noun(String singular, boolean series) {
	}

	private static volatile MeetingLexicon builtIn;

	/** Singular and plural forms (lower case) to their noun, and whether the form is plural. */
	private final Map<String, Noun> nouns = new HashMap<>();

	private final Set<String> plurals = new HashSet<>();

	/** Modifier words: true when the word names who meets (so the name is a series), false when descriptive. */
	private final Map<String, Boolean> modifiers = new HashMap<>();

	private final Set<String> venueLastWords = new HashSet<>();

	private final Set<String> venueBrands = new HashSet<>();

	private final Pattern heads;

	/** The first word of every noun form, ASCII lower case: one of them stands in any text {@link #heads} matches. */
	private final String[] headWords;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern POSSESSIVE_END = Pattern.compile("'s?$");

	private MeetingLexicon() {
		List<String> forms = new ArrayList<>();
		for (String line : lines("nouns.tsv")) {
			String[] col = line.split("\t");
			Noun n = new Noun(col[0], col.length > 2 && col[2].strip().equals("series"));
			nouns.put(col[0], n);
			nouns.put(col[1], n);
			forms.add(col[0]);
			forms.add(col[1]);
			if (!col[1].equals(col[0])) {
				plurals.add(col[1]);
			}
		}
		forms.sort(Comparator.comparingInt(String::length).reversed()); // "courtesy calls" before "courtesy call"
		StringBuilder alt = new StringBuilder();
		for (String f : forms) {
			alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q"));
		}
		heads = Pattern.compile("(?i)\\b(?:" + alt + ")\\b");
		java.util.Set<String> first = new java.util.LinkedHashSet<>();
		for (String f : forms) {
			first.add(asciiLower(f.split(" ")[0]));
		}
		headWords = first.toArray(String[]::new);
		for (String line : lines("modifiers.txt")) {
			String[] col = line.split("\\s+");
			modifiers.put(col[0].toLowerCase(Locale.ROOT).replace('’', '\''), col.length > 1 && col[1].equals("*"));
		}
		String section = "";
		for (String line : lines("venues.txt")) {
			if (line.startsWith("[")) {
				section = line;
				continue;
			}
			for (String w : line.split("\\s+")) {
				(section.equals("[last]") ? venueLastWords : venueBrands).add(w.replace('_', ' '));
			}
		}
	}

	static MeetingLexicon builtIn() {
		MeetingLexicon l = builtIn;
		if (l == null) {
			synchronized (MeetingLexicon.class) {
				if (builtIn == null) {
					builtIn = new MeetingLexicon();
				}
				l = builtIn;
			}
		}
		return l;
	}

	/** Every place a meeting noun stands in a text (any case). */
	Pattern heads() {
		return heads;
	}

	/**
	 * The first offset from {@code from} on where a match of {@link #heads} may start, or -1 when none can: where a
	 * noun's first word stands in the text with its ASCII letters lowered ({@link #asciiLower}).
	 */
	int nextHead(String lower, int from) {
		int first = -1;
		for (String w : headWords) {
			int at = lower.indexOf(w, from);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/** The text with A–Z lowered and every other character as it is. */
	static String asciiLower(String s) {
		int n = s.length();
		int i = 0;
		while (i < n && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
			i++;
		}
		if (i == n) {
			return s;
		}
		char[] c = s.toCharArray();
		for (; i < n; i++) {
			if (c[i] >= 'A' && c[i] <= 'Z') {
				c[i] = (char) (c[i] + ('a' - 'A'));
			}
		}
		return new String(c);
	}

	Noun noun(String form) {
		return nouns.get(SPACES.matcher(form.toLowerCase(Locale.ROOT)).replaceAll(" "));
	}

	boolean isPlural(String form) {
		return plurals.contains(SPACES.matcher(form.toLowerCase(Locale.ROOT)).replaceAll(" "));
	}

	/** True for a word that names who meets, false for a descriptive one, null when it is no modifier. */
	Boolean modifier(String word) {
		String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
		Boolean m = modifiers.get(w);
		return m != null ? m : modifiers.get(POSSESSIVE_END.matcher(w).replaceFirst(""));
	}

	boolean isVenueLastWord(String word) {
		return venueLastWords.contains(word);
	}

	boolean isVenueBrand(String words) {
		return venueBrands.contains(words);
	}

	private static List<String> lines(String file) {
		return ResourceLines.of("/knowledge/meetings/" + file);
	}

}
