package org.kjnews.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an all-capitals name from a byline into the usual case: {@code PARK JI-WON} becomes {@code Park Ji-won}. */
final class NameCase {

	private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

	private NameCase() {
	}

	static String of(String name) {
		if (!name.equals(name.toUpperCase(Locale.ROOT))) {
			return name; // already mixed case: the writer chose it
		}
		StringBuilder out = new StringBuilder();
		Matcher word = WORD.matcher(name);
		int last = 0;
		while (word.find()) {
			out.append(name, last, word.start());
			String w = word.group().toLowerCase(Locale.ROOT);
			// After a hyphen, a romanized Korean given name continues in lower case (Ji-won, Min-jun).
			boolean afterHyphen = word.start() > 0 && name.charAt(word.start() - 1) == '-';
			out.append(afterHyphen ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
			last = word.end();
		}
		out.append(name.substring(last));
		return out.toString();
	}

}
