package org.kjnews.ingest;

/** What became of one file in a run of the loader. */
public enum IngestStatus {
	/** Read and stored, new or changed. */
	LOADED,
	/** The same content as already stored: not read again. */
	UNCHANGED,
	/** Deliberately not read: not an article format, a link, too large, empty. */
	SKIPPED,
	/** Could not be turned into an article; whatever was stored before for it stays. */
	FAILED
}
