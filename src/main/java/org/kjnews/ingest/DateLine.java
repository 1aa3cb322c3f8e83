package org.kjnews.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Recognises a date line, a short line that is nothing but a publication date and perhaps a time, a label
 * ("Published", "Updated", "입력") and a time zone: {@code Mar 14, 2025, 10:27 am}, {@code 2025-12-09 09:53 KST},
 * {@code 9 December 2025}, {@code 2025년 12월 9일}, {@code 2025年12月9日}.
 */
final class DateLine {

	private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("(?i)\\b(?<mon>" + MONTHS + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?i)\\b(?<day>\\d{1,2})\\s+(?<mon>" + MONTHS + ")\\.?,?\\s+(?<year>\\d{4})\\b");

	private static final Pattern NUMERIC = Pattern
		.compile("\\b(?<year>(?:19|20)\\d{2})[-./](?<month>\\d{1,2})[-./](?<day>\\d{1,2})\\.?(?![\\d])");

	private static final Pattern CJK = Pattern
		.compile("(?<year>\\d{4})\\s*[년年]\\s*(?<month>\\d{1,2})\\s*[월月]\\s*(?<day>\\d{1,2})\\s*[일日]");

	private static final Pattern TIME = Pattern
		.compile("(?i)\\b(?<h>\\d{1,2}):(?<m>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?");

	private static final Pattern[] DATES = { MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC, CJK };

	/** What may stand on a date line beside the date and time. */
	private static final Pattern NOISE = Pattern.compile("(?iu)\\b(?:published|posted|updated|modified|last|date|"
			+ "on|at|first|kst|jst|utc|gmt|edt|est|input|edited|입력|수정|승인|更新|公開|掲載|[ap]\\.?\\s?m\\.?)\\b"
			+ "|[+-]\\d{2}:?\\d{2}|[\\s,.:|·/\\-–—()\\[\\]]+");

	private DateLine() {
	}

	static Optional<PartialDate> parse(String line) {
		if (line.length() > 80) {
			return Optional.empty();
		}
		for (Pattern pattern : DATES) {
			Matcher date = pattern.matcher(line);
			if (date.find()) {
				return toDate(line, date);
			}
		}
		return Optional.empty();
	}

	private static Optional<PartialDate> toDate(String line, Matcher date) {
		LocalDate day;
		try {
			int year = Integer.parseInt(date.group("year"));
			int month = date.pattern() == MONTH_DAY_YEAR || date.pattern() == DAY_MONTH_YEAR
					? monthNumber(date.group("mon")) : Integer.parseInt(date.group("month"));
			day = LocalDate.of(year, month, Integer.parseInt(date.group("day")));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
		// Other dates on the line ("Published ... Updated ...") and every time are allowed; the first date counts.
		String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
		for (Pattern other : DATES) {
			rest = other.matcher(rest).replaceAll(" ");
		}
		Matcher time = TIME.matcher(rest);
		LocalTime at = time.find() ? toTime(time) : null;
		rest = TIME.matcher(rest).replaceAll(" ");
		// Only a line that holds nothing else is a date line; "on May 8, 2025 the talks..." is a sentence.
		if (!NOISE.matcher(rest).replaceAll("").isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PartialDate(day, at, DatePrecision.DAY, DateBasis.STATED, Note.of("dateLine")));
	}

	private static LocalTime toTime(Matcher time) {
		int hour = Integer.parseInt(time.group("h"));
		int minute = Integer.parseInt(time.group("m"));
		String ampm = time.group("ampm");
		if (ampm != null) {
			boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
			hour = hour % 12 + (pm ? 12 : 0);
		}
		return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
	}

	static int monthNumber(String name) {
		String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
		return switch (key) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			case "dec" -> 12;
			default -> throw new IllegalArgumentException(name);
		};
	}

}
