package org.kjnews.ingest;

/**
 * A file that cannot become an article. The reason is a key under {@code ingest.reason.} in the message bundles,
 * so the report can say it in the reader's language.
 */
class UnreadableFileException extends Exception {

	private final String reason;

	UnreadableFileException(String reason) {
		super(reason);
		this.reason = reason;
	}

	String reason() {
		return reason;
	}

}
