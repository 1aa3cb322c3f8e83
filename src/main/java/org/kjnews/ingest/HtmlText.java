package org.kjnews.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for reading web pages: whitespace, sentence ends, comparing texts. */
final class HtmlText {

	private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

	private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

	private HtmlText() {
	}

	/** Soft hyphens and zero-width characters removed, every run of spaces (non-breaking ones too) one space. */
	static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return SPACE.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
	}

	/** Ends with {@code . ! ? … ;} or the full-width {@code 。！？}, before any closing quotes or brackets. */
	static boolean endsLikeSentence(String text) {
		String trimmed = text.replaceAll("[\"”’')\\]」』）】]+$", "");
		return !trimmed.isEmpty() && ".!?…;。！？".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
	}

	static int words(String text) {
		String s = text.strip();
		return s.isEmpty() ? 0 : s.split("\\s+").length;
	}

	/** The same text ignoring case, spaces, punctuation and curly quotes. */
	static boolean same(String a, String b) {
		return a != null && b != null && key(a).equals(key(b));
	}

	static String key(String s) {
		return s.replaceAll("[\\s\\p{Punct}“”‘’]+", " ").strip().toLowerCase(Locale.ROOT);
	}

}
