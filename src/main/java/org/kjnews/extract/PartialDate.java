package org.kjnews.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A date known to a year, a month or a day, with where that knowledge comes from. {@code start} is the first
 * day of the period (a month-precise date is stored as its first day) and must never be shown past its precision.
 */
public record PartialDate(LocalDate start, LocalTime time, DatePrecision precision, DateBasis basis, String note) {

	public static final PartialDate UNKNOWN = new PartialDate(null, null, null, DateBasis.UNKNOWN, null);

	public PartialDate {
		Objects.requireNonNull(basis, "basis");
		if ((start == null) != (precision == null)) {
			throw new IllegalArgumentException("a date needs both a start and a precision, or neither");
		}
		if (start != null) {
			start = switch (precision) {
				case YEAR -> start.withDayOfYear(1);
				case MONTH -> start.withDayOfMonth(1);
				case DAY -> start;
			};
		}
		if (precision != DatePrecision.DAY) {
			time = null;
		}
	}

	public static PartialDate ofYear(int year, DateBasis basis, String note) {
		return new PartialDate(LocalDate.of(year, 1, 1), null, DatePrecision.YEAR, basis, note);
	}

	public static PartialDate ofMonth(int year, int month, DateBasis basis, String note) {
		return new PartialDate(LocalDate.of(year, month, 1), null, DatePrecision.MONTH, basis, note);
	}

	public static PartialDate ofDay(LocalDate day, DateBasis basis, String note) {
		return new PartialDate(day, null, DatePrecision.DAY, basis, note);
	}

	public boolean isKnown() {
		return start != null;
	}

	/** The ISO form cut to the precision: {@code 2025}, {@code 2025-12} or {@code 2025-12-08}; null when unknown. */
	public String iso() {
		if (start == null) {
			return null;
		}
		return switch (precision) {
			case YEAR -> String.valueOf(start.getYear());
			case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
			case DAY -> start.toString();
		};
	}

	public PartialDate withNote(String newNote) {
		return new PartialDate(start, time, precision, basis, newNote);
	}

}
