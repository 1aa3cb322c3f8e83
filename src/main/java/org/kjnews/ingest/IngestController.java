package org.kjnews.ingest;

import org.kjnews.system.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ingest report as a page for the curator. */
@Controller
class IngestController {

	private final IngestReport report;

	IngestController(IngestReport report) {
		this.report = report;
	}

	@GetMapping("/ingest")
	String page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
			Model model) {
		model.addAttribute("report", report);
		model.addAttribute("lines", report.lines(new Paging(page, size)));
		return "ingest/report";
	}

}
