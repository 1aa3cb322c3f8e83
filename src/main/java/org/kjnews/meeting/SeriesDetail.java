package org.kjnews.meeting;

import java.util.List;

/**
 * A series with its sessions in order. Numbered sessions run from the first to the last number known, with a
 * row (and no meeting) for each number the archive has no report of, so the gaps show.
 */
public record SeriesDetail(String slug, String name, List<SessionRow> sessions) {

	public record SessionRow(Integer ordinal, MeetingSummary meeting) {
	}

}
