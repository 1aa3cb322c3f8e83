package org.kjnews.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kjnews.extract.DatePrecision;

/**
 * One year of the timeline. Meetings known to the day or month stand in date order; those known only to the year
 * come after them, as "sometime in" the year, never drawn on January 1st. Undated meetings form a last group
 * with a null year.
 */
public record TimelineYear(Integer year, List<MeetingSummary> dated, List<MeetingSummary> yearOnly) {

	static List<TimelineYear> of(List<MeetingSummary> meetings) {
		Map<Integer, List<MeetingSummary>> byYear = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		meetings.forEach(m -> byYear.computeIfAbsent(m.date().isKnown() ? m.date().start().getYear() : null,
				k -> new ArrayList<>()).add(m));
		List<TimelineYear> years = new ArrayList<>();
		byYear.forEach((year, list) -> years.add(new TimelineYear(year,
				list.stream().filter(m -> !m.date().isKnown() || m.date().precision() != DatePrecision.YEAR).toList(),
				list.stream().filter(m -> m.date().isKnown() && m.date().precision() == DatePrecision.YEAR).toList())));
		return years;
	}

	public int size() {
		return dated.size() + yearOnly.size();
	}

}
