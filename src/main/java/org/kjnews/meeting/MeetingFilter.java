package org.kjnews.meeting;

import org.kjnews.extract.MeetingStatus;

/** What the timeline is narrowed to, all from the URL and combinable; slugs for series, person, organization. */
public record MeetingFilter(String series, String person, String organization, Integer year, MeetingStatus status) {

	public MeetingFilter {
		series = blankToNull(series);
		person = blankToNull(person);
		organization = blankToNull(organization);
	}

	public boolean isEmpty() {
		return series == null && person == null && organization == null && year == null && status == null;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
