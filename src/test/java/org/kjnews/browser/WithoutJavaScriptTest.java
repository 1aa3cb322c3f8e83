package org.kjnews.browser;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a Chromium that runs no JavaScript: searching, filtering by a facet and filtering the timeline are
 * plain links and forms, so they all still work.
 */
class WithoutJavaScriptTest extends AgainstTheSeeds {

	static Chromium chromium;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.withoutJavaScript();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void theBrowserRunsNoScript() {
		chromium.driver.get("data:text/html,<title>off</title><script>document.title='on'</script>");
		assertThat(chromium.driver.getTitle()).isEqualTo("off");
	}

	@Test
	void searchAndAFacetFilterWorkWithoutJavaScript() {
		chromium.driver.get(url("/"));
		chromium.driver.findElement(By.id("home-q")).sendKeys("semiconductor", Keys.ENTER);
		chromium.waitForAddress("q=semiconductor");
		assertThat(chromium.driver.getCurrentUrl()).contains("/articles?q=semiconductor");
		List<WebElement> hits = chromium.driver.findElements(By.cssSelector(".article-list .article-item"));
		assertThat(hits).hasSizeGreaterThan(1)
			.allSatisfy(hit -> assertThat(hit.findElements(By.cssSelector(".snippet mark"))).isNotEmpty());
		chromium.screenshot("nojs-01-search-1280");

		WebElement facet = chromium.driver.findElements(By.cssSelector(".facets .facet:first-child li a"))
			.stream()
			.filter(a -> Integer.parseInt(a.findElement(By.cssSelector(".facet-count")).getText().trim()) < hits.size())
			.findFirst()
			.orElseThrow();
		String person = facet.findElement(By.cssSelector(".facet-label")).getText();
		int expected = Integer.parseInt(facet.findElement(By.cssSelector(".facet-count")).getText().trim());
		facet.click();
		chromium.waitForAddress("person=");
		assertThat(chromium.driver.findElements(By.cssSelector(".chips .chip")).stream().map(WebElement::getText))
			.anySatisfy(chip -> assertThat(chip).startsWith(person));
		assertThat(chromium.driver.findElements(By.cssSelector(".article-list .article-item"))).hasSize(expected);
		chromium.screenshot("nojs-02-search-by-person-1280");

		// the search box of the list keeps the filter while the words change
		WebElement box = chromium.driver.findElement(By.id("search-q"));
		box.clear();
		box.sendKeys("energy", Keys.ENTER);
		chromium.waitForAddress("q=energy");
		assertThat(chromium.driver.getCurrentUrl()).contains("q=energy").contains("person=");
		assertThat(chromium.driver.findElements(By.cssSelector(".article-list .snippet mark"))).isNotEmpty();
	}

	@Test
	void theTimelineFiltersWorkWithoutJavaScript() {
		chromium.driver.get(url("/meetings"));
		int all = chromium.driver.findElements(By.cssSelector(".timeline-row")).size();
		new Select(chromium.driver.findElement(By.id("f-status"))).selectByValue("SCHEDULED");
		chromium.driver.findElement(By.cssSelector(".timeline-filters button[type=submit]")).click();
		chromium.waitForAddress("status=SCHEDULED");
		List<WebElement> rows = chromium.driver.findElements(By.cssSelector(".timeline-row"));
		assertThat(rows).isNotEmpty().hasSizeLessThan(all).allSatisfy(row -> assertThat(row.getDomAttribute("class")).contains("scheduled"));
		chromium.screenshot("nojs-03-timeline-scheduled-1280");
	}

}
