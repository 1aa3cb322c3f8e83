package org.kjnews.ingest;

import java.time.Instant;

/** One file's line in the ingest report: what happened to it, why, and when. */
public record IngestLine(String file, IngestStatus status, String message, Instant at) {
}
