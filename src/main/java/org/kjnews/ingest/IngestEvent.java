package org.kjnews.ingest;

import java.time.Instant;

/** Something that happened to one file of the folder: it was added, updated, removed, or could not be read. */
public record IngestEvent(Instant at, String file, Kind kind, String message) {

	public enum Kind {
		ADDED, UPDATED, REMOVED, SKIPPED, FAILED
	}

}
