package org.kjnews.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of a sentence and resolves them against the article's publication date: absolute
 * ("May 27, 2025", "from Nov. 3 to 5", "in 2023"), partly absolute ("on May 27", "In May", "in March last year"),
 * and relative ("on the 8th", "last year's", "on Thursday", "that same day"). Each keeps the precision the words
 * allow: "next year" stays a year, never a day. Plain Java, thread-safe.
 */
final class RelativeDates {

	/**
	 * One date expression.
	 *
	 * @param start offset of its first character in the sentence
	 * @param end offset after its last character
	 * @param date the resolved date (never unknown)
	 * @param endDate the last day of a range ("from May 27 to 29"), or null
	 * @param since "since 1995": the start of a habit, not the date of one event
	 * @param possessive "last year's", "Thursday's": the date of the noun that follows
	 */
	record Found(int start, int end, PartialDate date, PartialDate endDate, boolean since, boolean possessive) {
	}

	private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
			+ "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	/** "from May 27 to 29", "Nov. 3-5", "April 1 to May 15, 2025". */
	private static final Pattern RANGE = Pattern.compile("(?:\\bfrom\\s+)?\\b" + MONTH + "\\s+" + DAY
			+ "\\s*(?:-|–|to|through|until|and)\\s*(?:" + MONTH + "\\s+)?" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\d%])");

	/** "May 27", "Dec. 8, 2025", "on December 8th". */
	private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\d%.,]\\d)");

	/** "8 December 2025". */
	private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b");

	/** "in March last year", "March next year", "in May this year". */
	private static final Pattern MONTH_RELATIVE_YEAR = Pattern
		.compile("\\b(?:in\\s+|In\\s+|early\\s+|late\\s+|mid-)?" + MONTH + "\\s+(last|next|this|of\\s+last|of\\s+next|of\\s+this)\\s+year\\b");

	/** "October 2024", "in May 2025". */
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");

	/** "on the 8th". */
	private static final Pattern THE_DAY = Pattern.compile("\\b(?:on|On)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:anniversary|century|floor))");

	/** "on Thursday", "last Monday", "Thursday's". */
	private static final Pattern WEEKDAY_PHRASE = Pattern
		.compile("\\b(?:(on|last|this|next|On|Last|This|Next)\\s+)?" + WEEKDAY + "('s|’s)?\\b");

	/** "last year", "next month's", "earlier this year", "later this month", "last week". */
	private static final Pattern PERIOD = Pattern.compile(
			"\\b(?:(?:earlier|later|early|late)\\s+)?(last|next|this|the\\s+past|the\\s+previous|the\\s+coming|Last|Next|This|Earlier\\s+this|Later\\s+this)\\s+(year|month|week)('s|’s)?\\b");

	private static final Pattern DEICTIC = Pattern.compile("\\b(yesterday|today|tomorrow|Yesterday|Today|Tomorrow)('s|’s)?\\b");

	/** "that same day", "the following day": the last day the article named. */
	private static final Pattern ANCHORED = Pattern.compile(
			"\\b(?:(?:that|the|That|The)\\s+(same|following|next|previous)\\s+day|(?:on\\s+)?(?:that|That)\\s+day|the\\s+day\\s+(before|after))\\b");

	/** "In May", "since March", "early June": a month alone, after a word that makes it a date. */
	private static final Pattern BARE_MONTH = Pattern
		.compile("\\b(in|In|since|Since|early|Early|late|Late|mid-|during|During|until|by|By)\\s+" + MONTH + "(?![\\w.]*\\s+\\d)\\b");

	/** "in 2023", "since 1995", "In early 2024", "2023's". */
	private static final Pattern BARE_YEAR = Pattern.compile(
			"\\b(in|In|since|Since|of|during|During|until|by|from|From|through)\\s+(?:(?:early|late|mid-)\\s*)?" + YEAR + "\\b(?![-–]\\d)");

	private RelativeDates() {
	}

	/**
	 * The date expressions of a sentence, left to right, none overlapping another.
	 *
	 * @param published the article's date, for relative words (unknown: only dates that give their year resolve)
	 * @param future whether the sentence speaks of what is to come, so "in March" is the next March
	 * @param anchor the last day the article named before this sentence ("that same day"), or null
	 */
	static List<Found> find(String sentence, PartialDate published, boolean future, PartialDate anchor) {
		return find(sentence, published, () -> future, anchor);
	}

	/** As {@link #find(String, PartialDate, boolean, PartialDate)}, asking the tense only when a date needs it. */
	static List<Found> find(String sentence, PartialDate published, BooleanSupplier future, PartialDate anchor) {
		List<Found> out = new ArrayList<>();
		// Cheap necessary conditions first: most sentences hold no month, no digit and no day word, and a pattern
		// that cannot match is not run.
		boolean digit = hasDigit(sentence);
		boolean month = hasMonth(sentence);
		boolean day = sentence.indexOf("day") >= 0;
		boolean year = sentence.indexOf("year") >= 0;
		boolean period = year || sentence.indexOf("month") >= 0 || sentence.indexOf("week") >= 0;
		boolean deictic = day || sentence.indexOf("omorrow") >= 0;
		if (!digit && !month && !period && !deictic) {
			return out;
		}
		Resolver r = new Resolver(published, future, anchor);
		boolean fourDigitYear = digit && hasYear(sentence);
		Matcher m;
		if (digit && month) {
			find(sentence, published, r, out);
		}
		if (month && year) {
			m = MONTH_RELATIVE_YEAR.matcher(sentence);
			while (m.find()) {
				if (published.isKnown()) {
					int delta = m.group(2).endsWith("last") ? -1 : m.group(2).endsWith("next") ? 1 : 0;
					add(out, new Found(m.start(), m.end(),
							PartialDate.ofMonth(published.start().getYear() + delta, month(m.group(1)), DateBasis.RELATIVE, null),
							null, false, false));
				}
			}
		}
		if (digit && month) {
			absolute(sentence, r, out, fourDigitYear);
		}
		if (digit && hasOrdinal(sentence)) {
			m = THE_DAY.matcher(sentence);
			while (m.find()) {
				PartialDate d = r.dayOfMonth(Integer.parseInt(m.group(1)));
				if (d != null) {
					add(out, new Found(m.start(), m.end(), d, null, false, false));
				}
			}
		}
		if (day) {
			weekdays(sentence, r, out);
		}
		if (period) {
			m = PERIOD.matcher(sentence);
			while (m.find()) {
				PartialDate d = r.period(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
				if (d != null) {
					add(out, new Found(m.start(), m.end(), d, null, false, m.group(3) != null));
				}
			}
		}
		if (deictic) {
			deictic(sentence, r, anchor, out);
		}
		if (month) {
			m = BARE_MONTH.matcher(sentence);
			while (m.find()) {
				if (m.group(2).equals("May") && !Character.isUpperCase(sentence.charAt(m.start(2)))) {
					continue;
				}
				PartialDate d = r.month(month(m.group(2)));
				if (d != null) {
					add(out, new Found(m.start(), m.end(), d, null, m.group(1).equalsIgnoreCase("since"), false));
				}
			}
		}
		if (fourDigitYear) {
			m = BARE_YEAR.matcher(sentence);
			while (m.find()) {
				add(out, new Found(m.start(), m.end(), PartialDate.ofYear(Integer.parseInt(m.group(2)), DateBasis.STATED, null),
						null, m.group(1).equalsIgnoreCase("since"), false));
			}
		}
		if (out.size() > 1) {
			out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		}
		return out;
	}

	/**
	 * Whether a sentence may hold a date expression at all: a digit, a month's name, or a word of days, weeks,
	 * months or years. When false, {@link #find} gives nothing whatever the other arguments.
	 */
	static boolean mayHoldDates(String sentence) {
		return hasDigit(sentence) || hasMonth(sentence) || sentence.indexOf("day") >= 0
				|| sentence.indexOf("year") >= 0 || sentence.indexOf("month") >= 0 || sentence.indexOf("week") >= 0
				|| sentence.indexOf("omorrow") >= 0;
	}

	/** The ASCII digits that {@code \d} matches. */
	private static boolean hasDigit(String s) {
		for (int i = 0, n = s.length(); i < n; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	/** Whether a year of {@link #YEAR} may stand in it: "19" or "20" and two more digits. */
	private static boolean hasYear(String s) {
		for (int i = 0, n = s.length() - 3; i < n; i++) {
			char c = s.charAt(i);
			if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0') && isDigit(s.charAt(i + 2))
					&& isDigit(s.charAt(i + 3))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a digit followed by "st", "nd", "rd" or "th" stands in it, as {@link #THE_DAY} needs. */
	private static boolean hasOrdinal(String s) {
		for (int i = 0, n = s.length() - 2; i < n; i++) {
			if (isDigit(s.charAt(i))) {
				char a = s.charAt(i + 1);
				char b = s.charAt(i + 2);
				if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') {
					return true;
				}
			}
		}
		return false;
	}

	/** The first offset from {@code from} on where a month's name starts, or -1. */
	private static int nextMonth(String s, int from) {
		for (int i = from, n = s.length() - 2; i < n; i++) {
			char c = s.charAt(i);
			if (c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D') {
				for (String w : MONTH_STARTS) {
					if (s.startsWith(w, i)) {
						return i;
					}
				}
			}
		}
		return -1;
	}

	/** The first offset from {@code from} on where {@link #RANGE} may start: "from" or a month's name; or -1. */
	private static int nextRangeStart(String s, int from) {
		int month = nextMonth(s, from);
		int word = s.indexOf("from", from);
		return word < 0 ? month : month < 0 ? word : Math.min(month, word);
	}

	/** The first offset from {@code from} on of an ASCII digit, or -1. */
	private static int nextDigit(String s, int from) {
		for (int i = from, n = s.length(); i < n; i++) {
			if (isDigit(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static final String[] MONTH_STARTS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec" };

	/** Whether the capitalized start of a month's name (all that {@link #MONTH} begins with) stands in it. */
	private static boolean hasMonth(String s) {
		for (int i = 0, n = s.length() - 2; i < n; i++) {
			char c = s.charAt(i);
			if (c == 'J' || c == 'F' || c == 'M' || c == 'A' || c == 'S' || c == 'O' || c == 'N' || c == 'D') {
				for (String w : MONTH_STARTS) {
					if (s.startsWith(w, i)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** "from May 27 to 29", "Nov. 3-5". */
	private static void find(String sentence, PartialDate published, Resolver r, List<Found> out) {
		// A range starts at "from" or at a month's name: tried only there, as in absolute().
		Matcher m = RANGE.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
		int n = sentence.length();
		for (int c = nextRangeStart(sentence, 0); c >= 0;) {
			m.region(c, n);
			if (!m.lookingAt()) {
				c = nextRangeStart(sentence, c + 1);
				continue;
			}
			c = nextRangeStart(sentence, m.end());
			int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : -1;
			int month1 = month(m.group(1));
			int month2 = m.group(3) != null ? month(m.group(3)) : month1;
			PartialDate from = r.monthDay(month1, Integer.parseInt(m.group(2)), year);
			PartialDate to = from == null ? null
					: r.endOf(from, month2, Integer.parseInt(m.group(4)));
			if (from != null && to != null) {
				add(out, new Found(m.start(), m.end(), from, to, false, false));
			}
		}
	}

	/** "May 27", "8 December 2025", "October 2024". */
	private static void absolute(String sentence, Resolver r, List<Found> out, boolean fourDigitYear) {
		int n = sentence.length();
		// Both patterns start at a month's name or at a digit: tried only there (with the text around in view),
		// they find what find() finds without trying every offset between.
		Matcher m = MONTH_DAY.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
		for (int c = nextMonth(sentence, 0); c >= 0;) {
			m.region(c, n);
			if (!m.lookingAt()) {
				c = nextMonth(sentence, c + 1);
				continue;
			}
			c = nextMonth(sentence, m.end());
			int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : -1;
			PartialDate d = r.monthDay(month(m.group(1)), Integer.parseInt(m.group(2)), year);
			if (d != null) {
				add(out, new Found(m.start(), m.end(), d, null, false, false));
			}
		}
		m = DAY_MONTH.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
		for (int c = nextDigit(sentence, 0); c >= 0;) {
			m.region(c, n);
			if (!m.lookingAt()) {
				c = nextDigit(sentence, c + 1);
				continue;
			}
			c = nextDigit(sentence, m.end());
			int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : -1;
			PartialDate d = r.monthDay(month(m.group(2)), Integer.parseInt(m.group(1)), year);
			if (d != null) {
				add(out, new Found(m.start(), m.end(), d, null, false, false));
			}
		}
		m = MONTH_YEAR.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
		for (int c = fourDigitYear ? nextMonth(sentence, 0) : -1; c >= 0;) {
			m.region(c, n);
			if (!m.lookingAt()) {
				c = nextMonth(sentence, c + 1);
				continue;
			}
			c = nextMonth(sentence, m.end());
			add(out, new Found(m.start(), m.end(),
					PartialDate.ofMonth(Integer.parseInt(m.group(2)), month(m.group(1)), DateBasis.STATED, null), null,
					false, false));
		}
	}

	/** "on Thursday", "last Monday", "Thursday's". */
	private static void weekdays(String sentence, Resolver r, List<Found> out) {
		Matcher m = WEEKDAY_PHRASE.matcher(sentence);
		while (m.find()) {
			PartialDate d = r.weekday(DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
					m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT));
			if (d != null) {
				add(out, new Found(m.start(), m.end(), d, null, false, m.group(3) != null));
			}
		}
	}

	/** "yesterday", "tomorrow's", "that same day". */
	private static void deictic(String sentence, Resolver r, PartialDate anchor, List<Found> out) {
		Matcher m = DEICTIC.matcher(sentence);
		while (m.find()) {
			String w = m.group(1).toLowerCase(Locale.ROOT);
			PartialDate d = r.shiftDay(w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0);
			if (d != null) {
				add(out, new Found(m.start(), m.end(), d, null, false, m.group(2) != null));
			}
		}
		m = ANCHORED.matcher(sentence);
		while (m.find()) {
			String which = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "same";
			int delta = switch (which) {
				case "following", "next", "after" -> 1;
				case "previous", "before" -> -1;
				default -> 0;
			};
			if (anchor != null && anchor.precision() == DatePrecision.DAY) {
				add(out, new Found(m.start(), m.end(),
						PartialDate.ofDay(anchor.start().plusDays(delta), DateBasis.RELATIVE, null), null, false, false));
			}
		}
	}

	/** Keeps the first (more specific patterns run first) of two overlapping expressions. */
	private static void add(List<Found> out, Found f) {
		for (Found o : out) {
			if (f.start() < o.end() && o.start() < f.end()) {
				return;
			}
		}
		out.add(f);
	}

	private static final String[] MONTH_NAMES = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
			"oct", "nov", "dec" };

	static int month(String word) {
		for (int i = 0; i < MONTH_NAMES.length; i++) {
			if (word.regionMatches(true, 0, MONTH_NAMES[i], 0, 3)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(word);
	}

	/** Resolution against one publication date and tense. */
	private static final class Resolver {

		private final PartialDate published;

		private final BooleanSupplier tense;

		private int future = -1; // unknown until asked

		Resolver(PartialDate published, BooleanSupplier tense, PartialDate anchor) {
			this.published = published;
			this.tense = tense;
		}

		/** Whether the sentence speaks of what is to come; read once, when first needed. */
		private boolean future() {
			if (future < 0) {
				future = tense.getAsBoolean() ? 1 : 0;
			}
			return future == 1;
		}

		/** Past events may be reported a little after; a date this far after publication is last year's. */
		private static final int DAYS_AHEAD_STILL_THIS_YEAR = 45;

		PartialDate monthDay(int month, int day, int year) {
			if (year > 0) {
				return valid(year, month, day, DateBasis.STATED);
			}
			if (!published.isKnown()) {
				return null;
			}
			int y = published.start().getYear();
			PartialDate d = valid(y, month, day, DateBasis.STATED);
			if (d == null || published.precision() == DatePrecision.YEAR) {
				return d;
			}
			LocalDate first = published.start();
			LocalDate last = lastDay(published);
			if (future() && d.start().isBefore(first)) {
				return valid(y + 1, month, day, DateBasis.STATED);
			}
			if (!future() && d.start().isAfter(last.plusDays(DAYS_AHEAD_STILL_THIS_YEAR))) {
				return valid(y - 1, month, day, DateBasis.STATED);
			}
			return d;
		}

		/** The end of a range that starts at {@code from}: same year, or the next when the month wraps. */
		PartialDate endOf(PartialDate from, int month, int day) {
			int y = from.start().getYear();
			PartialDate to = valid(y, month, day, from.basis());
			if (to != null && to.start().isBefore(from.start())) {
				to = valid(y + 1, month, day, from.basis());
			}
			return to;
		}

		PartialDate dayOfMonth(int day) {
			if (!published.isKnown() || published.precision() == DatePrecision.YEAR) {
				return null;
			}
			YearMonth ym = YearMonth.from(published.start());
			if (published.precision() == DatePrecision.DAY) {
				int today = published.start().getDayOfMonth();
				if (!future() && day > today) {
					ym = ym.minusMonths(1);
				}
				else if (future() && day < today) {
					ym = ym.plusMonths(1);
				}
			}
			return day <= ym.lengthOfMonth() ? PartialDate.ofDay(ym.atDay(day), DateBasis.RELATIVE, null) : null;
		}

		PartialDate month(int month) {
			if (!published.isKnown() || published.precision() == DatePrecision.YEAR) {
				return null;
			}
			int y = published.start().getYear();
			int now = published.start().getMonthValue();
			if (!future() && month > now) {
				y--;
			}
			else if (future() && month < now) {
				y++;
			}
			return PartialDate.ofMonth(y, month, DateBasis.RELATIVE, null);
		}

		PartialDate weekday(DayOfWeek dow, String before) {
			if (!published.isKnown() || published.precision() != DatePrecision.DAY) {
				return null;
			}
			LocalDate today = published.start();
			boolean forward = before.equals("next") || (future() && !before.equals("last"));
			LocalDate d = today;
			if (forward) {
				if (before.equals("next")) {
					d = d.plusDays(1);
				}
				while (d.getDayOfWeek() != dow) {
					d = d.plusDays(1);
				}
			}
			else {
				if (before.equals("last")) {
					d = d.minusDays(1);
				}
				while (d.getDayOfWeek() != dow) {
					d = d.minusDays(1);
				}
			}
			return PartialDate.ofDay(d, DateBasis.RELATIVE, null);
		}

		PartialDate period(String which, String unit) {
			if (!published.isKnown()) {
				return null;
			}
			int delta = which.startsWith("last") || which.endsWith("past") || which.endsWith("previous") ? -1
					: which.startsWith("next") || which.endsWith("coming") ? 1 : 0;
			LocalDate s = published.start();
			switch (unit) {
				case "year":
					return PartialDate.ofYear(s.getYear() + delta, DateBasis.RELATIVE, null);
				case "month":
					if (published.precision() == DatePrecision.YEAR) {
						return null;
					}
					YearMonth ym = YearMonth.from(s).plusMonths(delta);
					return PartialDate.ofMonth(ym.getYear(), ym.getMonthValue(), DateBasis.RELATIVE, null);
				default:
					// A week is known to the month only when it does not straddle two.
					if (published.precision() != DatePrecision.DAY) {
						return null;
					}
					LocalDate monday = s.with(DayOfWeek.MONDAY).plusWeeks(delta);
					LocalDate sunday = monday.plusDays(6);
					if (delta == 0) {
						return null;
					}
					if (monday.getMonth() != sunday.getMonth()) {
						return null;
					}
					return PartialDate.ofMonth(monday.getYear(), monday.getMonthValue(), DateBasis.RELATIVE, null);
			}
		}

		PartialDate shiftDay(int delta) {
			if (!published.isKnown() || published.precision() != DatePrecision.DAY) {
				return null;
			}
			return PartialDate.ofDay(published.start().plusDays(delta), DateBasis.RELATIVE, null);
		}

		private static PartialDate valid(int y, int month, int day, DateBasis basis) {
			if (day < 1 || day > YearMonth.of(y, month).lengthOfMonth()) {
				return null;
			}
			return PartialDate.ofDay(LocalDate.of(y, month, day), basis, null);
		}

		private static LocalDate lastDay(PartialDate d) {
			return switch (d.precision()) {
				case YEAR -> d.start().withDayOfYear(d.start().lengthOfYear());
				case MONTH -> d.start().withDayOfMonth(d.start().lengthOfMonth());
				case DAY -> d.start();
			};
		}

	}

}
