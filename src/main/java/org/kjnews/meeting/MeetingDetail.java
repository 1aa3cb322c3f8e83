package org.kjnews.meeting;

import java.util.List;

/** Everything the meeting page shows: the meeting, its evidence, and its neighbours in its series. */
public record MeetingDetail(MeetingSummary meeting, List<MeetingEvidence> evidence, MeetingSummary previous,
		MeetingSummary next) {
}
