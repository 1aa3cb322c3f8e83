package org.kjnews.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Reads the articles folder once the application has started. */
@Component
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
