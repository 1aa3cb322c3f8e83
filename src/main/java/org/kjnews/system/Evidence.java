package org.kjnews.system;

/** Evidence sentences are stored whole unless absurdly long (a paragraph without full stops). */
public final class Evidence {

	private static final int MAX = 4000;

	private Evidence() {
	}

	public static String cut(String sentence) {
		return sentence.length() <= MAX ? sentence : sentence.substring(0, MAX - 1) + "…";
	}

}
