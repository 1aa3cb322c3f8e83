package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the noun phrases of a sentence that name a meeting: a meeting noun ("meeting", "summit", "talks",
 * "courtesy call") with the words before it that belong to its name, read backwards until a determiner, a
 * possessive date or a verb: "the [3rd] [Korea-Japan battery industry ministers'] [meeting]",
 * "a [Korea-Japan] [summit]", "last year's [meeting]", "the [Group of 20 (G20)] [summit]".
 */
final class MeetingPhrases {

	/**
	 * One meeting phrase.
	 *
	 * @param start offset of its first word (the ordinal, or the first name word, or the noun)
	 * @param end offset after the noun
	 * @param noun the meeting noun as written ("meeting", "Conference", "courtesy call")
	 * @param nameWords the words between ordinal and noun as written ("Korea-Japan battery industry
	 *     ministers'"), "" when bare
	 * @param ordinal the session number, or null
	 * @param plural "meetings", "conferences": usually a habit, not one event
	 * @param definite after "the", "this", "that" or a possessive: may refer back to a meeting already named
	 * @param capitalized the name holds a capitalized word other than a country ("Business Conference", "APEC")
	 * @param whoMeets the name says who meets ("chairmen's", "business", "ministers'")
	 * @param generic "annual", "regular", "various": a habit
	 * @param suffix what follows the noun and tells whose meeting it is ("between the two countries' business
	 *     communities", "with business leaders", "hosted by the Japanese Embassy"), or ""
	 */
	record Phrase(int start, int end, String noun, String nameWords, Integer ordinal, boolean plural,
			boolean definite, boolean capitalized, boolean whoMeets, boolean generic, String suffix) {

		/** No words of a name: "the meeting", "last year's conference". */
		boolean bare() {
			return nameWords.isEmpty();
		}

	}

	private static final Pattern WORD = Pattern
		.compile("[\\p{L}\\p{N}]+(?:[-–—'’.&/][\\p{L}\\p{N}]+)*['’]?|\\S");

	/** "the first summit in 12 years", "the second meeting this year": a count, not a session number. */
	private static final Pattern IN_YEARS = Pattern.compile("^\\s+(?:in\\s+(?:\\d+|a|two|three|four|five|six|seven|eight|nine|ten|\\w+teen)\\s+years?|this\\s+year|since)\\b");

	private static final Pattern NUMERIC_ORDINAL = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)");

	private static final List<String> WORD_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
			"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
			"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

	/** Capitalized words that never belong to a meeting's name. */
	private static final Set<String> NOT_NAME = Set.of("the", "a", "an", "at", "in", "on", "during", "this", "that",
			"these", "those", "its", "his", "her", "their", "our", "my", "your", "last", "next", "it", "he", "she", "they",
			"we", "since", "after", "before", "according", "most", "meanwhile", "but", "and", "as", "while", "when", "of",
			"for", "with", "to", "from", "by", "about", "recently", "also", "both", "each", "every", "another", "any",
			"some", "such", "i", "yet", "still", "however", "earlier", "later", "then", "there", "here", "upcoming",
			"following", "ahead", "amid", "through", "under", "over", "via", "if", "whether", "no", "said", "says");

	private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");

	private static final Set<String> COUNTRY_WORDS = Set.of("korea", "japan", "korea-japan", "japan-korea",
			"korea–japan", "japan–korea", "south", "korean", "japanese", "north", "china", "u.s", "us", "american",
			"chinese", "korea-japan-china", "korea-china-japan", "korea-u.s", "korea–u.s", "seoul-tokyo",
			"tokyo-seoul");

	/** Words before a noun that make it no meeting: "press conference", "news conference". */
	private static final Set<String> NOT_BEFORE = Set.of("press", "news", "earnings", "video", "photo");

	/** Words after a noun that make it part of something else: "meeting room", "summit meeting" (take "meeting"). */
	private static final Pattern NOT_AFTER = Pattern.compile(
			"(?i)^\\s*(?:room|rooms|hall|halls|venue|venues|center|centre|call|calls|agenda|minutes|place|site|table|"
					+ "meeting|meetings|talks|declaration|statement|communique|communiqué|outcome|results?|host|season)\\b");

	private static final Set<String> GENERIC = Set.of("annual", "regular", "various", "several", "many", "frequent",
			"periodic", "numerous", "such", "other", "more", "further", "future", "monthly", "weekly", "yearly",
			"biannual", "routine", "multiple", "some");

	/** "between the two countries' business communities", "with business leaders", "hosted by the embassy". */
	private static final Pattern SUFFIX = Pattern.compile(
			"^\\s*((?:between|with|of|among|hosted\\s+by|organized\\s+by|for)\\s+[^,;.:()\\[\\]\"“”]{2,80}?)"
					+ "(?=\\s+(?:on|in|at|held|was|were|will|is|are|has|have|had|last|this|next|from|to|that|which|"
					+ "who|where|after|before|since|amid|during)\\b|[,;.:()\\[\\]\"“”]|$)");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");

	private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their");

	private final MeetingLexicon lexicon;

	MeetingPhrases(MeetingLexicon lexicon) {
		this.lexicon = lexicon;
	}

	List<Phrase> find(String sentence) {
		List<Phrase> out = new ArrayList<>();
		String lower = MeetingLexicon.asciiLower(sentence);
		int c = lexicon.nextHead(lower, 0);
		if (c < 0) {
			return out;
		}
		List<int[]> words = null; // split into words only once a meeting noun is found
		// A match can start only where a noun's first word stands: the pattern is tried there alone (with the text
		// around it in view), which finds what find() finds, without trying every offset between.
		Matcher h = lexicon.heads().matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
		int n = sentence.length();
		while (c >= 0) {
			h.region(c, n);
			if (!h.lookingAt()) {
				c = lexicon.nextHead(lower, c + 1);
				continue;
			}
			c = lexicon.nextHead(lower, h.end());
			String noun = h.group();
			String after = afterQuote(sentence, h.end());
			if (NOT_AFTER.matcher(after).lookingAt()) { // anchored at the start: as find()
				continue;
			}
			if (words == null) {
				words = new ArrayList<>();
				Matcher w = WORD.matcher(sentence);
				while (w.find()) {
					words.add(new int[] { w.start(), w.end() });
				}
			}
			int headWord = indexAt(words, h.start());
			if (headWord < 0) {
				continue;
			}
			if (headWord > 0 && NOT_BEFORE.contains(text(sentence, words.get(headWord - 1)).toLowerCase(Locale.ROOT))) {
				continue;
			}
			out.add(phrase(sentence, words, headWord, h.start(), h.end(), noun));
		}
		return out;
	}

	private Phrase phrase(String sentence, List<int[]> words, int headWord, int headStart, int headEnd, String noun) {
		int first = headWord; // first word of the name
		Integer ordinal = null;
		int ordinalWord = -1;
		boolean capitalized = false;
		boolean whoMeets = false;
		boolean generic = false;
		int i = headWord - 1;
		while (i >= 0) {
			String t = text(sentence, words.get(i));
			String lower = t.toLowerCase(Locale.ROOT);
			Matcher num = NUMERIC_ORDINAL.matcher(t);
			if (num.matches()) {
				ordinal = Integer.parseInt(num.group(1));
				ordinalWord = i;
				break;
			}
			if (WORD_ORDINALS.contains(lower)) {
				ordinal = WORD_ORDINALS.indexOf(lower) + 1;
				ordinalWord = i;
				break;
			}
			if (t.equals(")") && i >= 2 && text(sentence, words.get(i - 2)).equals("(")) {
				i -= 3; // "Group of 20 (G20) summit": an acronym in brackets inside the name
				continue;
			}
			if ((lower.equals("of") || lower.equals("and") || lower.equals("&") || DIGITS.matcher(lower).matches())
					&& i > 0 && acceptable(text(sentence, words.get(i - 1)))) {
				i--;
				continue;
			}
			Boolean mod = lexicon.modifier(lower);
			if (mod != null && !Character.isUpperCase(t.charAt(0))) {
				whoMeets |= mod;
				first = i;
				i--;
				continue;
			}
			if (GENERIC.contains(lower)) {
				generic = true;
				first = i;
				i--;
				continue;
			}
			if (Character.isUpperCase(t.charAt(0)) && isNameWord(t)) {
				if (mod != null) {
					whoMeets |= mod;
				}
				else if (!COUNTRY_WORDS.contains(POSSESSIVE_END.matcher(lower).replaceAll(""))) {
					capitalized = true;
				}
				first = i;
				i--;
				continue;
			}
			break;
		}
		// An ordinal counts a series only when a name follows it: "the first summit in 12 years" counts nothing.
		if (ordinal != null && ((WORD_ORDINALS.contains(text(sentence, words.get(ordinalWord)).toLowerCase(Locale.ROOT))
				&& !capitalized && !whoMeets) || IN_YEARS.matcher(sentence.substring(headEnd)).lookingAt())) {
			ordinal = null;
			ordinalWord = -1;
		}
		int nameFrom = first < headWord ? words.get(first)[0] : headStart;
		String nameWords = first < headWord ? sentence.substring(nameFrom, words.get(headWord - 1)[1]).strip() : "";
		int before = (ordinalWord >= 0 ? ordinalWord : first) - 1;
		boolean definite = false;
		if (before >= 0) {
			String d = text(sentence, words.get(before)).toLowerCase(Locale.ROOT);
			definite = DEFINITE.contains(d) || d.endsWith("'s")
					|| d.endsWith("’s");
			if (GENERIC.contains(d)) {
				generic = true;
			}
		}
		int start = ordinalWord >= 0 ? words.get(ordinalWord)[0] : nameFrom;
		String suffix = "";
		Matcher s = SUFFIX.matcher(afterQuote(sentence, headEnd));
		if (s.lookingAt()) {
			suffix = s.group(1).strip();
		}
		return new Phrase(start, headEnd, noun, nameWords, ordinal, lexicon.isPlural(noun), definite, capitalized,
				whoMeets, generic, suffix);
	}

	private boolean acceptable(String t) {
		return Character.isUpperCase(t.charAt(0)) ? isNameWord(t) : lexicon.modifier(t) != null;
	}

	private static boolean isNameWord(String t) {
		String lower = t.toLowerCase(Locale.ROOT);
		if (NOT_NAME.contains(lower) || MONTHS_AND_DAYS.contains(lower.replace(".", ""))) {
			return false;
		}
		if (lower.endsWith("'s") || lower.endsWith("’s")) {
			return false; // "Lee's", "Thursday's": whose or when, not a name word
		}
		return Character.isLetterOrDigit(t.charAt(0));
	}

	/** The text from an offset on, without a closing quote right there ("summit\" was held"). */
	private static String afterQuote(String s, int at) {
		return s.substring(at < s.length() && "\"”’'".indexOf(s.charAt(at)) >= 0 ? at + 1 : at);
	}

	private static int indexAt(List<int[]> words, int offset) {
		for (int k = 0; k < words.size(); k++) {
			if (words.get(k)[0] == offset) {
				return k;
			}
		}
		return -1;
	}

	private static String text(String s, int[] w) {
		return s.substring(w[0], w[1]);
	}

}
