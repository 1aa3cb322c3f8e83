package org.kjnews.ingest;

/** A file that cannot become an article, with the reason in words a curator understands. */
class UnreadableFileException extends Exception {

	UnreadableFileException(String reason) {
		super(reason);
	}

}
