package org.kjnews.browser;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does, in Chromium, asserting what each page shows: the home page, a search with highlighted hits, a
 * person filter, an article, an organization, the timeline, a series filter, a meeting. Every step is photographed
 * under target/screenshots (at 1280 px, and at 360 px for the home, list, article and timeline pages), and every
 * request the browser makes must stay on this server: the application works offline.
 */
class ReaderWalkTest extends AgainstTheSeeds {

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

	/** Each test starts in English, whatever language an earlier one chose (a cookie remembers it). */
	@BeforeEach
	void forgetTheLanguage() {
		chromium.driver.get(url("/"));
		chromium.driver.manage().deleteAllCookies();
	}

	@Test
	void fromTheHomePageThroughSearchAnArticleAndTheTimelineToAMeeting() {
		// 1. Home: what the archive holds and how much, the latest articles, a search box first
		open("/");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo("Korea–Japan economic cooperation in the news");
		assertThat(text(By.cssSelector("main .lead"))).matches("An archive of [1-9]\\d* articles.*people.*organizations.*");
		assertThat(all(".article-list .article-item")).isNotEmpty();
		assertThat(all("#people-heading + ul a")).isNotEmpty();
		step("01-home", true);

		// 2. Search from the home page's box: hits with the matched words marked
		WebElement box = chromium.driver.findElement(By.id("home-q"));
		box.sendKeys("semiconductor", Keys.ENTER);
		chromium.waitForAddress("/articles?q=semiconductor");
		List<WebElement> hits = all(".article-list .article-item");
		assertThat(hits).hasSizeGreaterThan(1);
		for (WebElement hit : hits) {
			List<WebElement> marks = hit.findElements(By.cssSelector(".snippet mark"));
			assertThat(marks).as("highlighted words in %s", hit.getText()).isNotEmpty();
			assertThat(marks.get(0).getText().toLowerCase(Locale.ROOT)).startsWith("semiconductor");
		}
		assertThat(text(By.cssSelector(".results-heading"))).isEqualTo(hits.size() + " matching articles, most relevant first");
		assertThat(chromium.driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("semiconductor");
		step("02-search", true);

		// 3. Filter by a person from the facet: the person becomes a chip, the hits narrow to the facet's count
		WebElement facet = all(".facets .facet:first-child li a").stream()
			.filter(a -> count(a) < hits.size())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no person facet narrows the search"));
		String person = facet.findElement(By.cssSelector(".facet-label")).getText();
		int expected = count(facet);
		facet.click();
		chromium.waitForAddress("person=");
		assertThat(chromium.driver.getCurrentUrl()).contains("q=semiconductor");
		assertThat(all(".chips .chip").stream().map(WebElement::getText)).anySatisfy(chip -> assertThat(chip).startsWith(person));
		List<WebElement> narrowed = all(".article-list .article-item");
		assertThat(narrowed).hasSize(expected).hasSizeLessThan(hits.size());
		assertThat(chromium.driver.findElement(By.cssSelector(".facets a.active .facet-label")).getText()).isEqualTo(person);
		step("03-search-by-person", false);

		// 4. Open the first hit: the reader, with the person among the names the article mentions
		WebElement first = narrowed.get(0).findElement(By.cssSelector(".article-item-title a"));
		String title = first.getText();
		String articleHref = first.getDomAttribute("href");
		first.click();
		chromium.waitForAddress(articleHref);
		assertThat(text(By.cssSelector("h1.reader-title"))).isEqualTo(title);
		assertThat(all(".reader-body p")).isNotEmpty();
		assertThat(all(".reader-body a.mention")).isNotEmpty();
		assertThat(all(".reader-aside a.entity-person").stream().map(WebElement::getText)).contains(person);
		step("04-article", true);

		// 5. Follow an organization the article mentions: its page lists this article
		WebElement organizationLink = chromium.driver.findElement(By.cssSelector(".reader-aside a.entity-organization"));
		String organization = organizationLink.getText();
		organizationLink.click();
		chromium.waitForAddress("/organizations/");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(organization);
		assertThat(all("main a").stream().map(WebElement::getText)).contains(title);
		step("05-organization", false);

		// 6. The timeline from the navigation: years as sections, meetings as rows, the overview of all years
		chromium.driver.findElement(By.linkText("Meetings")).click();
		chromium.waitForAddress("/meetings");
		List<WebElement> rows = all(".timeline-row");
		assertThat(rows).hasSizeGreaterThan(1);
		assertThat(all(".timeline-year-heading")).isNotEmpty();
		assertThat(all(".overview svg a")).isNotEmpty();
		assertThat(text(By.cssSelector("main h1"))).isEqualTo("Meetings");
		step("06-timeline", true);

		// 7. Filter by series: only that series' meetings remain
		Select series = new Select(chromium.driver.findElement(By.id("f-series")));
		WebElement option = series.getOptions().stream()
			.filter(o -> !o.getDomProperty("value").isEmpty())
			.findFirst()
			.orElseThrow();
		String seriesName = option.getText();
		String seriesSlug = option.getDomProperty("value");
		series.selectByValue(seriesSlug);
		chromium.driver.findElement(By.cssSelector(".timeline-filters button[type=submit]")).click();
		chromium.waitForAddress("series=" + seriesSlug);
		List<WebElement> seriesRows = all(".timeline-row");
		assertThat(seriesRows).isNotEmpty().hasSizeLessThan(rows.size());
		assertThat(all(".timeline-row .series-name").stream().map(WebElement::getText)).hasSize(seriesRows.size())
			.allSatisfy(name -> assertThat(name).isEqualTo(seriesName));
		assertThat(new Select(chromium.driver.findElement(By.id("f-series"))).getFirstSelectedOption().getText())
			.isEqualTo(seriesName);
		step("07-timeline-by-series", false);

		// 8. A meeting with participants: who by side, and the sentences that say so, with their articles
		WebElement row = seriesRows.stream()
			.filter(r -> !r.findElements(By.cssSelector(".sides a")).isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no meeting of " + seriesName + " names its participants"));
		List<String> participants = row.findElements(By.cssSelector(".sides a")).stream().map(WebElement::getText).toList();
		WebElement meetingLink = row.findElement(By.cssSelector(".timeline-name a"));
		String meeting = meetingLink.getText();
		String meetingHref = meetingLink.getDomAttribute("href");
		meetingLink.click();
		chromium.waitForAddress(meetingHref);
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(meeting);
		assertThat(text(By.id("who-heading"))).isEqualTo("Who took part");
		assertThat(all(".sides-columns a").stream().map(WebElement::getText)).containsAll(participants);
		assertThat(all(".meeting-facts dd a").stream().map(WebElement::getText)).contains(seriesName);
		List<WebElement> evidence = all(".mention-list li");
		assertThat(evidence).isNotEmpty().allSatisfy(e -> {
			assertThat(e.findElement(By.tagName("blockquote")).getText()).isNotBlank();
			assertThat(e.findElement(By.cssSelector("a")).getDomAttribute("href")).startsWith("/articles/");
		});
		step("08-meeting", false);
	}

	@Test
	void theLanguageSwitchChangesTheLanguageOfThePage() {
		open("/articles");
		assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		List<String> english = navigation();
		assertThat(english).contains("Articles", "People", "Organizations", "Meetings");

		for (String language : List.of("ko", "ja")) {
			WebElement link = chromium.driver.findElement(By.cssSelector("header a[href*='lang=" + language + "']"));
			link.click();
			chromium.waitForAddress("lang=" + language);
			assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
			List<String> translated = navigation();
			assertThat(translated).hasSameSizeAs(english).doesNotContainAnyElementsOf(english);
			step("09-language-" + language, false);
			// the choice stays while reading on
			chromium.driver.findElement(By.cssSelector("header .nav-links a[href='/people']")).click();
			chromium.waitForAddress("/people");
			assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
			assertThat(navigation()).isEqualTo(translated);
		}
		chromium.driver.findElement(By.cssSelector("header a[href*='lang=en']")).click();
		chromium.waitForAddress("lang=en");
		assertThat(chromium.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(navigation()).isEqualTo(english);
	}

	private List<String> navigation() {
		return all("header .nav-links a").stream().map(WebElement::getText).toList();
	}

	private void open(String path) {
		chromium.width(1280);
		chromium.driver.get(url(path));
	}

	/**
	 * After each step: nothing left this server, no request failed, nothing went wrong in the console; then the
	 * screenshots.
	 */
	private void step(String name, boolean phoneToo) {
		assertOffline();
		chromium.width(1280);
		chromium.screenshot(name + "-1280");
		if (phoneToo) {
			chromium.width(360);
			assertThat(pageWidth()).as("the page fits a 360 px phone screen without sideways scrolling").isLessThanOrEqualTo(360);
			chromium.screenshot(name + "-360");
			chromium.width(1280);
		}
	}

	private void assertOffline() {
		Chromium.Traffic traffic = chromium.traffic();
		assertThat(traffic.requested()).as("what the browser requested for %s", chromium.driver.getCurrentUrl())
			.isNotEmpty()
			.allSatisfy(address -> assertThat(address.getHost()).as("host of %s", address).isEqualTo("localhost"));
		assertThat(traffic.failed()).as("requests that failed on %s", chromium.driver.getCurrentUrl()).isEmpty();
		assertThat(chromium.consoleErrors()).as("console errors on %s", chromium.driver.getCurrentUrl()).isEmpty();
		// both stylesheets are in use: Bootstrap's (a variable it defines) and the application's (the paper colour)
		assertThat(chromium.driver.executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--bs-blue').trim()"
				+ " + ' ' + getComputedStyle(document.body).backgroundColor;"))
			.isEqualTo("#0d6efd rgb(253, 252, 249)");
	}

	private long pageWidth() {
		return (Long) chromium.driver.executeScript("return document.documentElement.scrollWidth;");
	}

	private static final Pattern COUNT = Pattern.compile("(\\d+)\\s*$");

	private static int count(WebElement facet) {
		Matcher m = COUNT.matcher(facet.findElement(By.cssSelector(".facet-count")).getText());
		assertThat(m.find()).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static String text(By by) {
		return chromium.driver.findElement(by).getText();
	}

	private static List<WebElement> all(String css) {
		return chromium.driver.findElements(By.cssSelector(css));
	}

}
