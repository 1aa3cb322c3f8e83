package org.kjnews.person;

/**
 * Which of two forms of one name to show. The hyphenated form of a Korean given name is the usual one in English
 * news ("Kim Min-jun" over "Kim Min Jun"); otherwise the fuller form wins, and a tie keeps the current one.
 */
final class PreferredName {

	private PreferredName() {
	}

	static boolean better(String candidate, String current) {
		if (current == null) {
			return true;
		}
		boolean candidateHyphen = candidate.contains("-");
		boolean currentHyphen = current.contains("-");
		if (candidateHyphen != currentHyphen) {
			return candidateHyphen;
		}
		return words(candidate) > words(current);
	}

	private static int words(String name) {
		return name.split("[\\s-]+").length;
	}

}
