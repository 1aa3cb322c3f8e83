package org.kjnews.ingest;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest report as JSON: {@code {"running", "finishedAt", "files": [{"file", "status", "message", "at"}],
 * "removed", "events": [{"at", "file", "kind", "message"}]}}, events newest first.
 */
@RestController
class IngestApiController {

	private final IngestReport report;

	IngestApiController(IngestReport report) {
		this.report = report;
	}

	@GetMapping("/api/ingest")
	Json report() {
		return new Json(report.running(), report.finishedAt(), report.lines(), report.removed(), report.events());
	}

	record Json(boolean running, Instant finishedAt, List<IngestLine> files, List<String> removed,
			List<IngestEvent> events) {
	}

}
