package org.kjnews.extract;

import java.util.Locale;

/**
 * One word or punctuation mark of a block, with its offsets in the block's text.
 *
 * The text as written, its lower-case form (computed once: every lookup uses it), and the offsets of the first
 * character and after the last in the block.
 */
final class Token {

	private final String text;

	private final int start;

	private final int end;

	private final String lower;

	// What the recognizers found starting at this token, kept because several rules ask again. Tokens live in one
	// extraction on one thread, so this needs no synchronization.
	private Object titleMemo;

	private Object personMemo;

	private Object orgMemo;

	private static final Object NONE = new Object();

	Token(String text, int start, int end) {
		this.text = text;
		this.start = start;
		this.end = end;
		this.lower = hasUpperCase(text) ? text.toLowerCase(Locale.ROOT) : text;
	}

	private static boolean hasUpperCase(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isUpperCase(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	String text() {
		return text;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	@Override
	public String toString() {
		return text;
	}

	boolean isWord() {
		return Character.isLetterOrDigit(text.charAt(0));
	}

	/** Starts with a capital letter or a digit ("Korea", "LG", "7", "3M"). */
	boolean isCapitalized() {
		char c = text.charAt(0);
		return Character.isUpperCase(c) || Character.isDigit(c);
	}

	boolean isUpperCaseLetter() {
		return Character.isUpperCase(text.charAt(0));
	}

	/** All capitals, at least two letters: an acronym such as "KOTRA" or "LG" (or a shouted word). */
	boolean isAllCaps() {
		int letters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			if (Character.isLetter(c)) {
				letters++;
			}
		}
		return letters >= 2;
	}

	boolean isPossessive() {
		return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
	}

	String lower() {
		return lower;
	}

	/** Equal to a lower-case word or a punctuation mark. */
	boolean is(String s) {
		return lower.equals(s);
	}

	@SuppressWarnings("unchecked")
	<T> T memo(int slot, java.util.function.Supplier<T> compute) {
		Object v = slot == 0 ? titleMemo : slot == 1 ? personMemo : orgMemo;
		if (v == null) {
			T t = compute.get();
			v = t == null ? NONE : t;
			if (slot == 0) {
				titleMemo = v;
			}
			else if (slot == 1) {
				personMemo = v;
			}
			else {
				orgMemo = v;
			}
		}
		return v == NONE ? null : (T) v;
	}

}
