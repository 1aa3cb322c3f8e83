package org.kjnews.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Identity keys for names, equal for the forms of one name (order, hyphens, romanization). */
public final class NameKeys {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern NOT_NAME_LETTER = Pattern.compile("[^\\p{L}-]");

	private static final Pattern SPACES = Pattern.compile("\\s+");



	private NameKeys() {
	}

	/**
	 * "Park Ji-myung", "Park Ji Myung" and "park ji-myeong" give one key; "Sato Kenji" and "Kenji Sato" too.
	 * A Korean name is read as surname and given name, each brought to one romanization (Myung/Myeong,
	 * Chul/Cheol, Yoon/Yun, Gyu/Kyu, Lee/Yi/Rhee); the parts are sorted so either order gives the same key. Initials
	 * ("Joseph R. Biden") are left out. Two people who only share a surname keep different keys.
	 */
	public static String person(String name) {
		return PERSON_KEYS.size() < CACHE_LIMIT ? PERSON_KEYS.computeIfAbsent(name, NameKeys::personKey)
				: personKey(name);
	}

	private static final int CACHE_LIMIT = 200_000;

	// Keys are pure functions of the name; articles repeat names, so they are kept (bounded).
	private static final java.util.concurrent.ConcurrentHashMap<String, String> PERSON_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.concurrent.ConcurrentHashMap<String, String> ORG_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	private static String personKey(String name) {
		List<String> words = new ArrayList<>();
		for (String w : SPACES.split(plain(name))) {
			String letters = NOT_NAME_LETTER.matcher(w).replaceAll("");
			if (letters.replace("-", "").length() > 1) {
				words.add(letters);
			}
		}
		if (words.isEmpty()) {
			return NOT_LETTER.matcher(plain(name)).replaceAll("");
		}
		String[] parts = korean(words);
		if (parts == null) {
			parts = words.stream().map(w -> w.replace("-", "")).toArray(String[]::new);
		}
		Arrays.sort(parts);
		return String.join("-", parts);
	}

	/** Surname and given name of a Korean-shaped name, both in the one romanization; null when not Korean-shaped. */
	private static String[] korean(List<String> words) {
		if (words.size() < 2 || words.size() > 3) {
			return null;
		}
		String first = words.get(0);
		String last = words.get(words.size() - 1);
		String surname;
		List<String> given;
		if (KoreanSurnames.canonical(first) != null && KoreanNames.isGivenName(words.subList(1, words.size()))) {
			surname = KoreanSurnames.canonical(first);
			given = words.subList(1, words.size());
		}
		else if (KoreanSurnames.canonical(last) != null && KoreanNames.isGivenName(words.subList(0, words.size() - 1))) {
			surname = KoreanSurnames.canonical(last);
			given = words.subList(0, words.size() - 1);
		}
		else {
			return null;
		}
		return new String[] { romanization(surname), romanization(String.join("", given).replace("-", "")) };
	}

	/** One spelling for the romanizations of a Korean syllable string: "myeong" and "myung" give one form. */
	static String romanization(String s) {
		String r = s.toLowerCase(Locale.ROOT);
		r = r.replace("eui", "ui").replace("yeo", "yu").replace("eo", "u").replace("oo", "u").replace("ou", "u")
			.replace("ee", "i").replace("ui", "i").replace("ch", "j").replace("sh", "s").replace('k', 'g')
			.replace('t', 'd').replace('p', 'b').replace('r', 'l').replace("wu", "u");
		return r;
	}

	/**
	 * A slug of an organization's name: "Busan Chamber of Commerce & Industry" gives
	 * "busan-chamber-of-commerce-and-industry". Use {@link Knowledge#organizationKey(String)} for the key that also
	 * follows acronyms, aliases and former names.
	 */
	public static String organization(String name) {
		return ORG_KEYS.size() < CACHE_LIMIT ? ORG_KEYS.computeIfAbsent(name, NameKeys::organizationKey)
				: organizationKey(name);
	}

	private static String organizationKey(String name) {
		String s = plain(name);
		StringBuilder b = new StringBuilder(s.length() + 8);
		int from = s.startsWith("the ") ? 4 : 0;
		boolean dash = false;
		for (int i = from; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (dash && b.length() > 0) {
					b.append('-');
				}
				dash = false;
				b.append(c);
			}
			else if (c == '&') {
				if (b.length() > 0) {
					b.append('-');
				}
				b.append("and");
				dash = true;
			}
			else if ((c == '\'' || c == '’') && i + 1 < s.length() && s.charAt(i + 1) == 's'
					&& (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
				continue; // "Women's" and "Womens" give one key
			}
			else {
				dash = true;
			}
		}
		return b.toString();
	}

	private static String plain(String s) {
		boolean ascii = true;
		for (int i = 0; i < s.length() && ascii; i++) {
			ascii = s.charAt(i) < 128;
		}
		if (ascii) {
			return s.toLowerCase(Locale.ROOT).strip();
		}
		String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
		return MARKS.matcher(d).replaceAll("").toLowerCase(Locale.ROOT).strip();
	}

}
