package org.kjnews.ingest;

import java.time.Instant;
import java.util.List;

/**
 * One file's line in the ingest report: what happened to it, why, and when. The reason is a key under
 * {@code ingest.reason.} in the message bundles with its arguments (the page says it in the reader's language);
 * the message is the same reason in English, for the log and the API.
 */
public record IngestLine(String file, IngestStatus status, String reason, List<Object> args, String message,
		Instant at) {

	public IngestLine {
		args = List.copyOf(args);
	}

	/** The arguments as templates pass them to {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return args.toArray();
	}

	/** The same line with other arguments (the notes in them said in English, for the API). */
	IngestLine withArgs(Object[] others) {
		return new IngestLine(file, status, reason, List.of(others), message, at);
	}

}
