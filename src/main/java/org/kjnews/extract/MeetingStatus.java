package org.kjnews.extract;

/** Whether a meeting has taken place or is announced for later. */
public enum MeetingStatus {
	HELD, SCHEDULED
}
