package org.kjnews.ingest;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to one file of the folder: it was added, updated, removed, or could not be read. The
 * reason and its arguments are as in {@link IngestLine} (none for a removal).
 */
public record IngestEvent(Instant at, String file, Kind kind, String reason, List<Object> args, String message) {

	public enum Kind {
		ADDED, UPDATED, REMOVED, SKIPPED, FAILED
	}

	public IngestEvent {
		args = List.copyOf(args);
	}

	/** The arguments as templates pass them to {@code #messages.msgWithParams}. */
	public Object[] arguments() {
		return args.toArray();
	}

	/** The same event with other arguments (the notes in them said in English, for the API). */
	IngestEvent withArgs(Object[] others) {
		return new IngestEvent(at, file, kind, reason, List.of(others), message);
	}

}
