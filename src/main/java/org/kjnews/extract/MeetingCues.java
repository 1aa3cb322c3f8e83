package org.kjnews.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a meeting phrase that decide whether parties met, will meet, or only might: "will be held",
 * "is scheduled to" (scheduled); "could take place", "called for talks", "agreed to hold" (no meeting); "held",
 * "at", "during" (a meeting that took place); "on the sidelines of" (the setting of another meeting).
 */
final class MeetingCues {

	/** Words of what is to come. Quotes are blanked before looking, so a speaker's "we will" does not count. */
	private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|scheduled|slated|upcoming|set\\s+to|"
			+ "set\\s+for|due\\s+to|to\\s+be\\s+held|plans?\\s+to|planned|is\\s+expected\\s+to|are\\s+expected\\s+to|"
			+ "later\\s+this|next\\s+(?:week|month|year)|tomorrow|is\\s+to\\s+(?:hold|host|meet|be)|are\\s+to\\s+(?:hold|host|meet|be))\\b",
			Pattern.CASE_INSENSITIVE);

	/** Before a meeting phrase: it is only wished, proposed or imagined ("called for talks", "agreed to hold"). */
	private static final Pattern UNREAL_BEFORE = Pattern.compile("\\b(?:propos(?:e|ed|es|ing|al)|suggest(?:s|ed|ing)?|"
			+ "call(?:s|ed|ing)?\\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)\\s+(?:to|for)|"
			+ "wants?\\s+(?:to|a|an)|wanted|consider(?:s|ed|ing)?|push(?:es|ed|ing)?\\s+for|agree(?:d|s)?\\s+to|"
			+ "idea\\s+of|possibility\\s+of|possible|potential|prospects?\\s+(?:of|for)|if|whether|unless|no\\s+plans?|"
			+ "demand(?:s|ed)?|request(?:s|ed)?|could|might|would|should|may|aims?\\s+to|aimed\\s+to|"
			+ "instead\\s+of|without|cancell?ed|canceled|postponed|in\\s+favor\\s+of|called\\s+off|"
			+ "pitch(?:ed|es)?|floated|offered|invit(?:e|ed|ing)\\s+\\S+\\s+to|for\\s+the\\s+resumption\\s+of|"
			+ "resumption\\s+of|revive|reviving|restor(?:e|ing))\\b");

	/** After a meeting phrase: it might happen, or did not ("a summit could take place", "talks were halted"). */
	private static final Pattern UNREAL_AFTER = Pattern.compile("^[^.;]{0,40}?\\b(?:could|might|may|would|should|"
			+ "is\\s+likely|are\\s+likely|is\\s+unlikely|are\\s+unlikely|remains?\\s+uncertain|(?:was|were|has\\s+been|have\\s+been)\\s+"
			+ "(?:cancell?ed|called\\s+off|postponed|scrapped|halted|suspended|stalled|shelved|delayed)|stalled|"
			+ "broke\\s+down|collapsed|did\\s+not|didn't|failed|is\\s+being\\s+considered|is\\s+under\\s+consideration|"
			+ "is\\s+possible|remains\\s+to\\s+be\\s+seen|is\\s+being\\s+arranged|is\\s+being\\s+discussed)\\b");

	/** A stop before the meeting came back, which it did: "suspended during the pandemic, resumed in 2022". */
	private static final Pattern RESUMED = Pattern.compile("\\b(?:resumed|reopened|restarted|revived|was\\s+held|were\\s+held)\\b");

	/** "on the sidelines of the G20 summit": the setting of another meeting, not one of its own. */
	private static final Pattern SETTING = Pattern.compile("(?:sidelines|margins|run-up\\s+to|ahead|occasion|eve|"
			+ "side\\s+event|wake)\\s+of\\s+(?:the\\s+|a\\s+|an\\s+|this\\s+\\w+['’]s\\s+|last\\s+\\w+['’]s\\s+)?$|"
			+ "\\b(?:before|after|following)\\s+(?:the\\s+|a\\s+|this\\s+\\w+['’]s\\s+)?$");

	/** A verb or preposition just before the phrase that says the meeting took place or is being held. */
	private static final Pattern EVENT_BEFORE = Pattern.compile("\\b(?:held|holds|hold|holding|hosted|hosts|host|hosting|"
			+ "attended|attends|attend|attending|convened|convenes|organized|organised|organizes|co-hosted|co-hosts|"
			+ "joined|joins|at|during|paid|pays|opened|opens|addressed|addresses|chaired|chairs|chairing|"
			+ "participated\\s+in|took\\s+part\\s+in|takes\\s+part\\s+in|wrapped\\s+up|kicked\\s+off|concluded|"
			+ "had|has|have|launched|staged|inaugurated|open)\\s+(?:[^\\s,;.]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);

	/** A verb just after the phrase that says the meeting took place or will. */
	private static final Pattern EVENT_AFTER = Pattern.compile("^[\"”’']?\\s*(?:,[^,]{0,80},\\s*)?(?:[^\\s,;.]+\\s+){0,3}?"
			+ "(?:was|were|is|are|has\\s+been|had\\s+been|will\\s+be|to\\s+be)?\\s*(?:\\w+ly\\s+)?(?:held|convened|took\\s+place|"
			+ "takes\\s+place|take\\s+place|opened|kicked\\s+off|wrapped\\s+up|ended|began|closed|resumed|"
			+ "gathered|brought\\s+together|drew|attracted|focused|centered|zeroed|produced|adopted|agreed|discussed)\\b");

	/** A sentence that says people attended the meeting being reported. */
	private static final Pattern ATTENDANCE = Pattern.compile("\\b(?:attended|attending|took\\s+part|taking\\s+part|"
			+ "participated|participating|joined|moderat(?:ed|ing|or)|panelists?|panellists?|delegations?|"
			+ "were\\s+present|was\\s+present|keynote|presided|co-chaired|co-chairs)\\b");

	/** People of whole communities meet: the organizations of the article stand for them. */
	private static final Pattern COMMUNITIES = Pattern.compile("(?i)\\b(?:business\\s+(?:communit(?:y|ies)|leaders|"
			+ "groups|circles|lobb(?:y|ies)|organizations)|economic\\s+(?:organizations|groups)|two\\s+chambers|"
			+ "two\\s+sides|two\\s+organizations|two\\s+associations|chambers)\\b");

	private static final Pattern STOPPED = Pattern.compile("(?s).*(halted|suspended|stalled|shelved|delayed)$");

	private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

	private MeetingCues() {
	}

	/** The sentence with quoted speech blanked (same length), for cues that belong to the writer. */
	static String unquoted(String sentence) {
		if (sentence.indexOf('"') < 0 && sentence.indexOf('“') < 0) {
			return sentence; // nothing quoted
		}
		Matcher m = QUOTED.matcher(sentence);
		StringBuilder b = new StringBuilder(sentence);
		while (m.find()) {
			for (int i = m.start() + 1; i < m.end() - 1; i++) {
				b.setCharAt(i, ' ');
			}
		}
		return b.toString();
	}

	static boolean future(String sentence) {
		String text = unquoted(sentence);
		return mayBeFuture(MeetingLexicon.asciiLower(text)) && FUTURE.matcher(text).find();
	}

	/** Words one of which stands in any text {@link #FUTURE} matches, besides "is to" and "are to". */
	private static final String[] FUTURE_WORDS = { "will", "shall", "scheduled", "slated", "upcoming", "set", "due",
			"held", "plan", "expected", "later", "next", "tomorrow" };

	/** A cheap test on the text with ASCII letters lowered, true wherever {@link #FUTURE} matches. */
	private static boolean mayBeFuture(String lower) {
		for (String w : FUTURE_WORDS) {
			if (lower.indexOf(w) >= 0) {
				return true;
			}
		}
		// "is to", "are to": the word, spaces, then "to"
		for (int at = lower.indexOf("to"); at >= 0; at = lower.indexOf("to", at + 1)) {
			int k = at;
			while (k > 0 && isSpace(lower.charAt(k - 1))) {
				k--;
			}
			if (k < at && (lower.startsWith("is", k - 2) || lower.startsWith("are", k - 3))) {
				return true;
			}
		}
		return false;
	}

	/** The characters of {@code \s}. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** Whether the meeting phrase at [start, end) is only wished for, imagined or called off. */
	static boolean unreal(String sentence, int start, int end) {
		String before = clauseBefore(sentence, start, 60);
		if (UNREAL_BEFORE.matcher(before).find()) {
			return true;
		}
		Matcher after = UNREAL_AFTER.matcher(sentence.substring(end));
		if (after.lookingAt()) { // anchored at the start: as find(), without trying every later offset
			String word = after.group();
			boolean stopped = STOPPED.matcher(word).matches();
			return !(stopped && RESUMED.matcher(sentence).find());
		}
		return false;
	}

	static boolean setting(String sentence, int start) {
		return SETTING.matcher(sentence.substring(Math.max(0, start - 40), start)).find();
	}

	static boolean event(String sentence, int start, int end) {
		return EVENT_BEFORE.matcher(sentence.substring(Math.max(0, start - 50), start)).find()
				|| EVENT_AFTER.matcher(sentence.substring(end)).lookingAt();
	}

	/** Words one of which stands in any sentence {@link #ATTENDANCE} matches. */
	private static final String[] ATTENDANCE_WORDS = { "attend", "took", "taking", "particip", "joined", "moderat",
			"panel", "delegation", "present", "keynote", "presided", "co-chair" };

	static boolean attendance(String sentence) {
		return containsAny(sentence, ATTENDANCE_WORDS) && ATTENDANCE.matcher(sentence).find();
	}

	static boolean containsAny(String text, String[] words) {
		for (String w : words) {
			if (text.indexOf(w) >= 0) {
				return true;
			}
		}
		return false;
	}

	static boolean communities(String text) {
		return COMMUNITIES.matcher(text).find();
	}

	/** Up to {@code max} characters before an offset, from the last clause break (comma, semicolon, dash) on. */
	static String clauseBefore(String sentence, int start, int max) {
		String before = sentence.substring(Math.max(0, start - max), start);
		int cut = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('—')));
		return cut >= 0 ? before.substring(cut + 1) : before;
	}

}
