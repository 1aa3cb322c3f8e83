package org.kjnews.article;

import java.util.List;

/**
 * The latest meetings of a person or organization, at most {@link #SHOWN} in timeline order, and how many they took
 * part in: someone at hundreds of meetings gets a short list on their page and a link to all of them on the timeline.
 */
public record LatestMeetings(List<MeetingLink> items, long total) {

	public static final int SHOWN = 50;

	public boolean isEmpty() {
		return items.isEmpty();
	}

	/** Whether there are more than are shown. */
	public boolean isCut() {
		return total > items.size();
	}

}
