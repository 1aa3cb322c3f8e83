package org.kjnews.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjnews.system.NoteText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest report as JSON: {@code {"running", "finishedAt", "files": [{"file", "status", "message", "at"}],
 * "removed", "events": [{"at", "file", "kind", "message"}]}}, events newest first.
 */
@RestController
@Tag(name = "Ingest")
class IngestApiController {

	private final IngestReport report;

	private final NoteText notes;

	IngestApiController(IngestReport report, NoteText notes) {
		this.report = report;
		this.notes = notes;
	}

	@Operation(operationId = "getIngestReport", summary = "The loader's report",
			description = "Whether a run is going on, a line per file of the last run (LOADED, UNCHANGED, SKIPPED "
					+ "or FAILED with the reason), and the latest changes of the watched folder, newest first.")
	@GetMapping("/api/ingest")
	Json report() {
		// the arguments hold the reader's notes as keys (see NoteText): the API says them in English
		return new Json(report.running(), report.finishedAt(),
				report.lines().stream().map(l -> l.withArgs(notes.args(l.arguments(), Locale.ENGLISH))).toList(),
				report.removed(),
				report.events().stream().map(e -> e.withArgs(notes.args(e.arguments(), Locale.ENGLISH))).toList());
	}

	@Schema(name = "IngestReport")
	record Json(boolean running, Instant finishedAt, List<IngestLine> files, List<String> removed,
			List<IngestEvent> events) {
	}

}
