package org.kjnews.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * When the archive last changed: set at start-up and by every run of the loader that loaded or removed a file.
 * Pages answer conditional requests against it, so a browser or proxy never keeps a page older than the folder.
 */
@Component
public class ArchiveVersion {

	private volatile Instant lastChanged = now();

	public Instant lastChanged() {
		return lastChanged;
	}

	public void changed() {
		lastChanged = now();
	}

	/** HTTP dates have whole seconds. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
