package org.kjnews.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the articles folder once the application has started (after the search index is known to be whole). Off
 * with {@code kjnews.ingest.enabled=false}: of several instances sharing one archive, one reads the folder
 * (docs/scaling.md).
 */
@Component
@ConditionalOnProperty(name = "kjnews.ingest.enabled", havingValue = "true", matchIfMissing = true)
@Order(1)
class IngestOnStartup implements ApplicationRunner {

	private final FolderIngester ingester;

	IngestOnStartup(FolderIngester ingester) {
		this.ingester = ingester;
	}

	@Override
	public void run(ApplicationArguments args) {
		ingester.ingestAll();
	}

}
