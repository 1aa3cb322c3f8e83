package org.kjnews.ingest;

import java.util.Set;

/**
 * A short title made from the first sentence of an article that came without a headline: the sentence itself
 * when short, else its first clause or first words, ended with an ellipsis.
 */
final class LeadTitle {

	private static final int SHORT = 80;

	private static final int MIN_CLAUSE = 35;

	private static final int MAX_CLAUSE = 90;

	private static final int WORD_CUT = 70;

	/** Words a cut title must not end on. */
	private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "that", "which", "who",
			"of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "its", "their", "his", "her", "is", "are",
			"was", "were");

	private LeadTitle() {
	}

	static String from(String sentence) {
		String s = sentence.strip();
		if (s.length() <= SHORT) {
			return s.replaceAll("[.;:,]+$", "");
		}
		int comma = s.lastIndexOf(',', MAX_CLAUSE);
		String cut = comma >= MIN_CLAUSE ? s.substring(0, comma) : s.substring(0, wordBoundary(s));
		return trimDangling(cut) + "…";
	}

	private static int wordBoundary(String s) {
		int space = s.lastIndexOf(' ', WORD_CUT);
		return space > 0 ? space : Math.min(s.length(), WORD_CUT);
	}

	private static String trimDangling(String text) {
		String result = text.strip().replaceAll("[\\s,;:—–-]+$", "");
		while (true) {
			int space = result.lastIndexOf(' ');
			if (space < 0 || !DANGLING.contains(result.substring(space + 1).toLowerCase())) {
				return result;
			}
			result = result.substring(0, space).replaceAll("[\\s,;:—–-]+$", "");
		}
	}

}
