package org.kjnews.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names and keys of meeting series. The key is equal for the ways articles name one series: "Korea–Japan steel
 * councils' presidents' meeting", "Japan-Korea steel council chairpersons' meeting" and "annual chairmen's meetings"
 * of the two councils; "South Korea-Japan Tourism Forum" and "Japan-Korea tourism forum". Dashes, case,
 * apostrophes, plurals and synonyms (chairpersons, chairmen, chairs, presidents, heads) are normalized; the two
 * countries of a pair are sorted, since each side puts its own first.
 */
final class MeetingSeries {

	/** Words that say the same thing in a series name, mapped to one. */
	private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("chairperson", "chair"),
			Map.entry("chairman", "chair"), Map.entry("chairmen", "chair"), Map.entry("chairwoman", "chair"),
			Map.entry("chairwomen", "chair"), Map.entry("chairpersons", "chair"), Map.entry("chairs", "chair"),
			Map.entry("president", "chair"), Map.entry("presidents", "chair"), Map.entry("head", "chair"),
			Map.entry("heads", "chair"), Map.entry("chief", "chair"), Map.entry("chiefs", "chair"),
			Map.entry("chambers", "chamber"), Map.entry("ministers", "minister"), Map.entry("ministerial", "minister"),
			Map.entry("meetings", "meeting"), Map.entry("conferences", "conference"), Map.entry("forums", "forum"),
			Map.entry("fora", "forum"), Map.entry("summits", "summit"), Map.entry("dialogues", "dialogue"),
			Map.entry("symposiums", "symposium"), Map.entry("symposia", "symposium"), Map.entry("talk", "talks"),
			Map.entry("leaders", "leader"), Map.entry("ceos", "ceo"), Map.entry("businesses", "business"),
			Map.entry("korean", "korea"), Map.entry("japanese", "japan"), Map.entry("chinese", "china"),
			Map.entry("dialog", "dialogue"), Map.entry("seminars", "seminar"), Map.entry("councils", "council"),
			Map.entry("s.korea", "korea"), Map.entry("rok", "korea"), Map.entry("nippon", "japan"));

	/** Words that do not tell one series from another. */
	private static final Set<String> IGNORED = Set.of("the", "of", "and", "annual", "regular", "joint", "recent",
			"south", "republic", "commerce", "industry", "s", "a", "an", "yearly", "biannual", "bilateral", "between",
			"two", "countries", "countries'", "for", "on", "in");

	private static final Set<String> COUNTRIES = Set.of("korea", "japan", "china", "us", "u.s", "america", "taiwan",
			"india", "asean", "eu", "australia", "vietnam", "mongolia", "canada");

	private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―-]");

	private static final Pattern APOSTROPHES = Pattern.compile("[’'`´]s?\\b|[’'`´]");

	private static final Pattern EDGE_DOTS = Pattern.compile("^\\.+|\\.+$");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");

	/** Lower-case words that a series name keeps in title case: all but these. */
	private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "on", "in", "with", "between");

	private MeetingSeries() {
	}

	/** The identity of a series name; null for a blank name. */
	static String key(String name) {
		List<String> words = words(name);
		if (words.isEmpty()) {
			return null;
		}
		List<String> countries = new ArrayList<>();
		Set<String> rest = new LinkedHashSet<>();
		for (String w : words) {
			if (COUNTRIES.contains(w)) {
				if (!countries.contains(w)) {
					countries.add(w);
				}
			}
			else {
				rest.add(w);
			}
		}
		String[] pair = countries.toArray(String[]::new);
		Arrays.sort(pair);
		List<String> out = new ArrayList<>(Arrays.asList(pair));
		out.addAll(rest);
		return String.join("-", out);
	}

	/** The normalized words of a name, in order: the material of its key. */
	static List<String> words(String name) {
		if (name == null) {
			return List.of();
		}
		String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		s = DASHES.matcher(s).replaceAll(" ");
		s = APOSTROPHES.matcher(s).replaceAll("");
		s = s.replace("u.s.", "us").replace("s. korea", "korea");
		List<String> out = new ArrayList<>();
		for (String w : NOT_WORD.split(s)) {
			w = EDGE_DOTS.matcher(w).replaceAll("");
			if (w.isEmpty() || IGNORED.contains(w)) {
				continue;
			}
			w = SYNONYMS.getOrDefault(w, w);
			out.add(w);
		}
		return out;
	}

	/**
	 * Whether {@code partial} names a series only in part of the words of {@code full} ("ministers' meeting" of
	 * "Korea-Japan battery industry ministers' meeting"), with the same kind of meeting (the last word).
	 */
	static boolean isPartOf(String partial, String full) {
		List<String> p = words(partial);
		List<String> f = words(full);
		if (p.isEmpty() || f.isEmpty() || !p.get(p.size() - 1).equals(f.get(f.size() - 1))) {
			return false;
		}
		return f.containsAll(p);
	}

	/** A series name for display: dashes as a hyphen, words in title case ("Chambers of Commerce"). */
	static String display(String phrase) {
		String s = SPACES.matcher(DASHES.matcher(phrase.strip()).replaceAll("-")).replaceAll(" ");
		StringBuilder b = new StringBuilder();
		String[] words = s.split(" ");
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (i > 0) {
				b.append(' ');
			}
			if (i > 0 && SMALL.contains(w)) {
				b.append(w);
			}
			else {
				b.append(titleCase(w));
			}
		}
		return b.toString();
	}

	private static String titleCase(String w) {
		StringBuilder b = new StringBuilder(w.length());
		boolean start = true;
		for (char c : w.toCharArray()) {
			b.append(start ? Character.toUpperCase(c) : c);
			start = c == '-';
		}
		return b.toString();
	}

}
