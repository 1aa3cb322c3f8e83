package org.kjnews.ingest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The ingest report as a page for the curator. */
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

}
