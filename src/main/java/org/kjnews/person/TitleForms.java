package org.kjnews.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When two titles an article gives are one office: "Chairman", "Chairwoman", "Chairperson" and "Chair" (also in
 * "Vice Chairman"), in any case. A bare "Head" (from "who heads …") says less than any other title at the same
 * organization and gives way to it.
 */
public final class TitleForms {

	private static final Pattern CHAIR = Pattern.compile("\\bchair(?:man|woman|person)?\\b");

	private static final String VAGUE = "head";

	private TitleForms() {
	}

	/** The same for every form of one office. */
	public static String key(String title) {
		return CHAIR.matcher(title.strip().toLowerCase(Locale.ROOT)).replaceAll("chair");
	}

	/** Whether the title says only that they lead it ("Head"). */
	public static boolean vague(String title) {
		return key(title).equals(VAGUE);
	}

	/** The titles, one form of each office (the first given), a vague one only when there is no other. */
	public static List<String> distinct(Collection<String> titles) {
		Map<String, String> byKey = new LinkedHashMap<>();
		titles.forEach(title -> byKey.putIfAbsent(key(title), title));
		List<String> result = new ArrayList<>(byKey.values());
		if (result.stream().anyMatch(title -> !vague(title))) {
			result.removeIf(TitleForms::vague);
		}
		return result;
	}

}
