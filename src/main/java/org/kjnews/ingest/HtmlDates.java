package org.kjnews.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/**
 * Reads the machine-readable dates of a web page ({@code article:published_time}, JSON-LD {@code datePublished},
 * {@code <time datetime>}): ISO 8601 ({@code 2025-11-20T14:03:00+09:00}, {@code 2025-11-20}, {@code 2025-11}),
 * the forms Korean and Japanese sites write ({@code 2025.11.20 14:03}, {@code 2025/11/20}, {@code 20251120}), RFC
 * 1123 ({@code Thu, 20 Nov 2025 05:03:00 GMT}) and anything a date line may hold. The day and time are kept as the
 * page wrote them, in the zone it wrote them in: the date a reader of the page saw.
 */
final class HtmlDates {

	private static final Pattern ISO = Pattern.compile("(?<y>(?:19|20)\\d{2})(?:[-./](?<m>\\d{1,2})(?:[-./](?<d>\\d{1,2})"
			+ "(?:[T\\s]+(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?)?)?)?"
			+ "\\s*(?:Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT|KST|JST)?");

	private static final Pattern COMPACT = Pattern
		.compile("(?<y>(?:19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})(?:T?(?<h>\\d{2})(?<min>\\d{2})(?:\\d{2})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

	private HtmlDates() {
	}

	static Optional<PartialDate> parse(String value, DateBasis basis, String note) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		try {
			for (Pattern pattern : new Pattern[] { ISO, COMPACT }) {
				Matcher m = pattern.matcher(v);
				if (m.matches()) {
					return Optional.of(of(m, basis, note));
				}
			}
			try {
				ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
				return Optional.of(new PartialDate(at.toLocalDate(), at.toLocalTime(), DatePrecision.DAY, basis, note));
			}
			catch (DateTimeParseException ex) {
				// not RFC 1123 either
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty(); // digits that are no real date (2025-13-45)
		}
		return DateLine.parse(v).map(d -> new PartialDate(d.start(), d.time(), d.precision(), basis, note));
	}

	private static PartialDate of(Matcher m, DateBasis basis, String note) {
		int year = Integer.parseInt(m.group("y"));
		if (m.group("m") == null) {
			return PartialDate.ofYear(year, basis, note);
		}
		int month = Integer.parseInt(m.group("m"));
		if (m.group("d") == null) {
			return PartialDate.ofMonth(year, month, basis, note);
		}
		LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
		LocalTime time = m.group("h") == null ? null
				: LocalTime.of(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("min")));
		return new PartialDate(day, time, DatePrecision.DAY, basis, note);
	}

}
