package org.kjnews.system;

/** Text from articles fitted to the columns that store it, so an odd file cannot fail on a long value. */
public final class Evidence {

	/** The longest evidence sentence kept whole (a paragraph without full stops can be longer). */
	private static final int SENTENCE = 4000;

	private Evidence() {
	}

	public static String cut(String sentence) {
		return fit(sentence, SENTENCE);
	}

	/** The text itself when it fits, else its start and an ellipsis; null stays null. */
	public static String fit(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, max - 1) + "…";
	}

}
