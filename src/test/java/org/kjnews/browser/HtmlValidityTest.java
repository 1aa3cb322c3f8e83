package org.kjnews.browser;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker (the W3C's validator, as a library: no network) on the HTML of every kind of page. Errors fail;
 * warnings are printed.
 */
class HtmlValidityTest extends AgainstTheSeeds {

	@TestFactory
	Stream<DynamicTest> everyKindOfPageIsValidHtml() {
		NuChecker checker = new NuChecker();
		return everyKindOfPage().entrySet().stream()
			.map(page -> DynamicTest.dynamicTest(page.getKey() + " (" + page.getValue() + ")", () -> {
				HttpResponse<String> response = get(page.getValue(), "text/html");
				assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
						type -> assertThat(type).startsWith("text/html"));
				NuChecker.Report report = checker.check(response.body());
				report.warnings().forEach(w -> System.out.println("HTML warning on " + page.getValue() + ": " + w));
				List<String> errors = report.errors();
				assertThat(errors).withFailMessage(() -> "The Nu HTML Checker found " + errors.size()
						+ " error(s) on " + page.getValue() + ":\n" + String.join("\n", errors)).isEmpty();
			}));
	}

}
