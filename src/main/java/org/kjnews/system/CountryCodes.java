package org.kjnews.system;

import java.util.Locale;
import java.util.Set;

/** The {@code country} parameter of the lists: an ISO code, as typed in any case; blank is every country. */
public final class CountryCodes {

	private static final Set<String> ISO = Set.of(Locale.getISOCountries());

	private CountryCodes() {
	}

	/** The code chosen ({@code kr} is {@code KR}), or null for none. */
	public static String chosen(String country) {
		return country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
	}

	/** Whether a list may offer this code as a choice: a made-up code is none. */
	public static boolean isKnown(String code) {
		return code != null && ISO.contains(code);
	}

}
