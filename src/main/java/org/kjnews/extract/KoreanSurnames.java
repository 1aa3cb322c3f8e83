package org.kjnews.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
		try (InputStream in = KoreanSurnames.class.getResourceAsStream("/knowledge/korean-surnames.tsv")) {
			if (in == null) {
				throw new IllegalStateException("knowledge file missing: korean-surnames.tsv");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = r.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
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
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
