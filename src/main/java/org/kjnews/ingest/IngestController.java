package org.kjnews.ingest;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The ingest report as a page for the curator and as JSON. */
@Controller
class IngestController {

	private final IngestReport report;

	IngestController(IngestReport report) {
		this.report = report;
	}

	@GetMapping("/ingest")
	String page(Model model) {
		model.addAttribute("report", report);
		return "ingest/report";
	}

	@GetMapping("/api/ingest")
	@ResponseBody
	Json json() {
		return new Json(report.running(), report.finishedAt(), report.lines(), report.removed());
	}

	record Json(boolean running, Instant finishedAt, List<IngestLine> files, List<String> removed) {
	}

}
