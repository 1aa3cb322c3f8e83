package org.kjnews.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * axe-core, the accessibility rules engine, run in the page: its script (from the class path, no network) is injected
 * through WebDriver, which a Content-Security-Policy of {@code script-src 'self'} does not stop.
 */
final class Axe {

	/** WCAG 2.0 and 2.1, levels A and AA. */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SOURCE = load();

	private Axe() {
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String version(WebDriver driver) {
		inject(driver);
		return (String) ((JavascriptExecutor) driver).executeScript("return axe.version;");
	}

	/** The violations of the page now in the browser, one readable paragraph each; empty when it passes. */
	static List<String> violations(WebDriver driver) {
		inject(driver);
		String tags = JSON.writeValueAsString(TAGS);
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'] })
				  .then(r => done(JSON.stringify(r.violations)))
				  .catch(e => done('ERROR ' + e));
				""".formatted(tags));
		String json = String.valueOf(result);
		if (json.startsWith("ERROR ")) {
			throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + json);
		}
		List<String> found = new ArrayList<>();
		for (JsonNode violation : JSON.readTree(json)) {
			StringBuilder text = new StringBuilder().append(violation.path("id").asString())
				.append(" (")
				.append(violation.path("impact").asString())
				.append("): ")
				.append(violation.path("help").asString())
				.append(" — ")
				.append(violation.path("helpUrl").asString());
			for (JsonNode node : violation.path("nodes")) {
				text.append("\n    at ").append(node.path("target").toString());
				String summary = node.path("failureSummary").asString("");
				if (!summary.isEmpty()) {
					text.append("\n       ").append(summary.replace("\n", "\n       "));
				}
			}
			found.add(text.toString());
		}
		return found;
	}

	private static void inject(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(SOURCE);
		}
	}

}
