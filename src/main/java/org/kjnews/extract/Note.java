package org.kjnews.extract;

import java.util.Arrays;
import java.util.List;

/**
 * A remark the reader makes of its own about a file or a date ("taken from the date line"), kept as a message key and
 * its arguments ({@code note:key|arg|arg}) so that each page says it in its reader's language. Anything else (a note
 * written in a {@code .meta.properties} file, data stored before notes had keys) is text to show as it is.
 */
public final class Note {

	/** How a keyed note begins. */
	public static final String PREFIX = "note:";

	private static final String SEPARATOR = "|";

	private Note() {
	}

	/** The note of that key (under {@code note.} in the message bundles) with its arguments, as stored. */
	public static String of(String key, Object... args) {
		StringBuilder note = new StringBuilder(PREFIX).append(key);
		for (Object arg : args) {
			note.append(SEPARATOR).append(String.valueOf(arg).replace(SEPARATOR, "/"));
		}
		return note.toString();
	}

	/** Whether the text is a note made by {@link #of}. */
	public static boolean isKeyed(String text) {
		return text != null && text.startsWith(PREFIX);
	}

	/** The message key of a keyed note. */
	public static String key(String note) {
		String body = note.substring(PREFIX.length());
		int end = body.indexOf(SEPARATOR);
		return end < 0 ? body : body.substring(0, end);
	}

	/** The arguments of a keyed note. */
	public static List<String> args(String note) {
		String[] parts = note.substring(PREFIX.length()).split("\\|", -1);
		return Arrays.asList(parts).subList(1, parts.length);
	}

}
