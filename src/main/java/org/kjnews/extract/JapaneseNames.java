package org.kjnews.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of romanized Japanese words: a string of kana syllables ("Watanabe", "Inoue", "Kenji"). */
final class JapaneseNames {

	private static final Pattern KANA = Pattern
		.compile("(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyrw])?[aiueo]|n(?![aiueoy]))+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private JapaneseNames() {
	}

	static boolean isKana(String w) {
		String plain = w;
		for (int i = 0; i < w.length(); i++) {
			if (w.charAt(i) >= 128) {
				plain = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
				break;
			}
		}
		return w.length() >= 2 && KANA.matcher(plain.toLowerCase(Locale.ROOT)).matches();
	}

}
