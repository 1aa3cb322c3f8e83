package org.kjnews.extract;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A meeting being put together from one article: the first report of it, then what later sentences that refer
 * to the same meeting add (an ordinal, a more precise date, a venue, participants). Not thread-safe; one per
 * article run.
 */
final class MeetingDraft {

	String name;

	String series;

	String seriesKey;

	Integer ordinal;

	PartialDate date = PartialDate.UNKNOWN;

	PartialDate endDate;

	String location;

	MeetingStatus status = MeetingStatus.HELD;

	final Set<String> participants = new LinkedHashSet<>();

	final Set<String> organizations = new LinkedHashSet<>();

	String sentence;

	int block;

	/** Whether the draft is the same meeting as another one of the same article. */
	boolean sameAs(MeetingDraft o) {
		if (seriesKey != null && seriesKey.equals(o.seriesKey)) {
			if (ordinal != null && o.ordinal != null) {
				return ordinal.equals(o.ordinal);
			}
			return status == o.status && (!date.isKnown() || !o.date.isKnown() || compatible(date, o.date));
		}
		if (seriesKey != null && o.seriesKey != null) {
			return false;
		}
		// Without a series: the same day and someone in common (a caption and the text that repeat one event).
		boolean shared = participants.stream().anyMatch(o.participants::contains);
		return shared && date.isKnown() && o.date.isKnown() && date.precision() == DatePrecision.DAY
				&& date.equals(o.date) && status == o.status;
	}

	/** Takes what the other report adds: series, ordinal, the more precise date, a place, the parties. */
	void absorb(MeetingDraft o) {
		if (ordinal == null && o.ordinal != null) {
			ordinal = o.ordinal;
			name = o.name;
		}
		if (series == null && o.series != null) {
			series = o.series;
			seriesKey = o.seriesKey;
			if (ordinal == null) {
				name = o.name;
			}
		}
		if (!date.isKnown() || (o.date.isKnown() && o.date.precision().compareTo(date.precision()) > 0
				&& compatible(date, o.date))) {
			date = o.date;
		}
		if (endDate == null) {
			endDate = o.endDate;
		}
		if (location == null || (o.location != null && o.location.length() > location.length()
				&& o.location.contains(location))) {
			location = o.location;
		}
		participants.addAll(o.participants);
		organizations.addAll(o.organizations);
	}

	/** Equal at the coarser of the two precisions: 2025 and 2025-12-08 are compatible, 2024 and 2025-12 not. */
	static boolean compatible(PartialDate a, PartialDate b) {
		if (!a.isKnown() || !b.isKnown()) {
			return false;
		}
		DatePrecision p = a.precision().compareTo(b.precision()) <= 0 ? a.precision() : b.precision();
		return switch (p) {
			case YEAR -> a.start().getYear() == b.start().getYear();
			case MONTH -> a.start().getYear() == b.start().getYear()
					&& a.start().getMonthValue() == b.start().getMonthValue();
			case DAY -> Objects.equals(a.start(), b.start());
		};
	}

	ExtractedMeeting build() {
		return new ExtractedMeeting(name, series, seriesKey, ordinal, date, endDate, location, status,
				participants.stream().toList(), organizations.stream().toList(), sentence, block);
	}

}
