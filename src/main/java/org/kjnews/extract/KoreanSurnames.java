package org.kjnews.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Korean surnames and their romanizations (Lee/Yi/Rhee, Park/Pak, Choi/Choe/Choy), from
 * {@code /knowledge/korean-surnames.tsv}. Static because person keys must not depend on which knowledge is loaded.
 */
final class KoreanSurnames {

	private static final Map<String, String> CANONICAL = new HashMap<>();

	private static final Set<String> WEAK = new HashSet<>();

	static {
		for (String line : ResourceLines.of("/knowledge/korean-surnames.tsv")) {
			String[] forms = line.split("\\|");
			String canonical = forms[0].replace("*", "").toLowerCase(Locale.ROOT);
			for (String f : forms) {
				String form = f.replace("*", "").toLowerCase(Locale.ROOT).strip();
				CANONICAL.putIfAbsent(form, canonical);
				if (f.endsWith("*")) {
					WEAK.add(form);
				}
			}
		}
	}

	private KoreanSurnames() {
	}

	/** The canonical surname ("lee" for "Yi"), or null. */
	static String canonical(String word) {
		return CANONICAL.get(word.toLowerCase(Locale.ROOT));
	}

	/** A surname that is also an everyday English word ("In", "So"): it needs a hyphenated given name. */
	static boolean isWeak(String word) {
		return WEAK.contains(word.toLowerCase(Locale.ROOT));
	}

}
