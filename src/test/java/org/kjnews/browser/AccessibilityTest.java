package org.kjnews.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every kind of page in Chromium, at desktop and phone widths: no violation of WCAG 2.0 and 2.1, levels A
 * and AA (contrast, names of links and fields, landmarks, headings, language, ...). A failure prints each rule, its
 * impact, the elements (CSS selectors) and how to fix it.
 */
class AccessibilityTest extends AgainstTheSeeds {

	static Chromium chromium;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyKindOfPageMeetsWcag21AA() {
		return everyKindOfPage().entrySet().stream()
			.map(page -> DynamicTest.dynamicTest(page.getKey() + " (" + page.getValue() + ")", () -> {
				chromium.width(1280);
				chromium.driver.get(url(page.getValue()));
				List<String> violations = new ArrayList<>();
				for (int width : List.of(1280, 360)) {
					chromium.width(width);
					Axe.violations(chromium.driver).forEach(v -> violations.add("at " + width + " px: " + v));
				}
				assertThat(violations).withFailMessage(() -> "axe-core " + Axe.version(chromium.driver) + " ("
						+ String.join(", ", Axe.TAGS) + ") found " + violations.size() + " violation(s) on "
						+ page.getValue() + ":\n" + String.join("\n", violations)).isEmpty();
			}));
	}

}
