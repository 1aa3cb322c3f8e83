package org.kjnews.extract;

import java.util.Locale;

/**
 * One word or punctuation mark of a block, with its offsets in the block's text.
 *
 * @param text the characters as written
 * @param start offset of the first character in the block
 * @param end offset after the last character
 */
record Token(String text, int start, int end) {

	boolean isWord() {
		return Character.isLetterOrDigit(text.charAt(0));
	}

	/** Starts with a capital letter or a digit ("Korea", "SK", "7", "3M"). */
	boolean isCapitalized() {
		char c = text.charAt(0);
		return Character.isUpperCase(c) || Character.isDigit(c);
	}

	boolean isUpperCaseLetter() {
		return Character.isUpperCase(text.charAt(0));
	}

	/** All capitals, at least two letters: an acronym such as "KCCI" or "SK" (or a shouted word). */
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
		return text.toLowerCase(Locale.ROOT);
	}

	boolean is(String s) {
		return text.equalsIgnoreCase(s);
	}

}
