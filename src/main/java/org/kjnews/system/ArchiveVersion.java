package org.kjnews.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * When the archive last changed: set at start-up and by every run of the loader that loaded or removed a file.
 * Pages answer conditional requests against it, so a browser or proxy never keeps a page older than the folder.
 */
@Component
public class ArchiveVersion {

	private volatile Instant lastChanged = now();

	private final AtomicLong version = new AtomicLong();

	public Instant lastChanged() {
		return lastChanged;
	}

	/** A number that grows with every change: what a cached page was made from. */
	public long version() {
		return version.get();
	}

	public void changed() {
		lastChanged = now();
		version.incrementAndGet();
	}

	/** HTTP dates have whole seconds. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
