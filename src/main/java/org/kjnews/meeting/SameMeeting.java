package org.kjnews.meeting;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/**
 * When two reports are of one meeting: the same session of a series; or the same series at dates that agree as
 * far as both are known; or, at most one of them in a series (or both in the same), the same day with a party in
 * common (or no parties named on one side).
 */
final class SameMeeting {

	private SameMeeting() {
	}

	static boolean sameSession(String seriesKey, Integer ordinal, String otherSeriesKey, Integer otherOrdinal) {
		return seriesKey != null && ordinal != null && seriesKey.equals(otherSeriesKey) && ordinal.equals(otherOrdinal);
	}

	/** Equal at the coarser of the two precisions; an unknown date agrees with nothing. */
	static boolean datesAgree(PartialDate a, PartialDate b) {
		if (!a.isKnown() || !b.isKnown()) {
			return false;
		}
		DatePrecision coarser = a.precision().compareTo(b.precision()) <= 0 ? a.precision() : b.precision();
		return switch (coarser) {
			case YEAR -> a.start().getYear() == b.start().getYear();
			case MONTH -> a.start().withDayOfMonth(1).equals(b.start().withDayOfMonth(1));
			case DAY -> a.start().equals(b.start());
		};
	}

	/**
	 * The same day, series that do not differ, and parties that do not disagree: a party in common, or no party
	 * named on one side. The parties are asked for only when the rest holds, as they cost a query.
	 */
	static boolean sameDayWithSharedParty(PartialDate a, PartialDate b, String seriesKey, String otherSeriesKey,
			BooleanSupplier partiesAgree) {
		boolean sameDay = a.isKnown() && b.isKnown() && a.precision() == DatePrecision.DAY
				&& b.precision() == DatePrecision.DAY && a.start().equals(b.start());
		boolean seriesCompatible = seriesKey == null || otherSeriesKey == null
				|| Objects.equals(seriesKey, otherSeriesKey);
		return sameDay && seriesCompatible && partiesAgree.getAsBoolean();
	}

}
