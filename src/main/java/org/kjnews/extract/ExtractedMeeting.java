package org.kjnews.extract;

import java.util.List;

/**
 * A meeting one article reports: parties met (a conference, a ministers' dialogue, a summit, a reception, a
 * courtesy call), or a named session is announced for later.
 *
 * @param name what a reader would call it ("9th Korea-Japan Finance Ministers' Dialogue",
 *     "Korea–Japan summit")
 * @param series the series it belongs to, without ordinal ("Korea-Japan Finance Ministers' Dialogue"), or null
 * @param seriesKey equal for every way articles name one series ("finance ministers' dialogue",
 *     "Finance Ministers' Dialogues", "the ministers' dialogue"), or null without a series
 * @param ordinal the session number (9 for "the 9th"), or null
 * @param date when, at the precision the text allows, resolved against the article's date; basis STATED for
 *     absolute dates in the text, RELATIVE for "last year", "on the 8th", "next year"
 * @param endDate the last day of a multi-day meeting, or null
 * @param location venue, city and country as the text gives them ("Grand Hyatt, Seoul", "Fukuoka, Japan"), or null
 * @param status HELD or SCHEDULED
 * @param participantKeys keys of the people (as in {@link ExtractedPerson#key()}) who took part
 * @param organizationKeys keys of the organizations (as in {@link ExtractedOrganization#key()}) that took part
 * @param sentence the sentence that reports it (the evidence)
 * @param block the block index of that sentence, as in {@link Mention#block()}
 */
public record ExtractedMeeting(String name, String series, String seriesKey, Integer ordinal, PartialDate date,
		PartialDate endDate, String location, MeetingStatus status, List<String> participantKeys,
		List<String> organizationKeys, String sentence, int block) {

	public ExtractedMeeting {
		participantKeys = List.copyOf(participantKeys);
		organizationKeys = List.copyOf(organizationKeys);
	}

}
