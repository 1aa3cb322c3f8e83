package org.kjnews.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Reads the articles folder once the application has started (after the search index is known to be whole). */
@Component
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
