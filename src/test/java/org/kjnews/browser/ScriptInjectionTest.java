package org.kjnews.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kjnews.TestFolders;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Script in the articles, in their metadata, in a file name and in the address, shown in a real browser: it stays text.
 * Every payload would set {@code window.__xss} or open an alert if it ran; after each page neither happened, no link
 * leads to {@code javascript:}, no element carries an event handler and no inline script is on the page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "kjnews.data-dir=target/test-data/${random.uuid}")
class ScriptInjectionTest {

	static final String SCRIPT = "<script>window.__xss=1</script>";

	static final String IMAGE = "<img src=x onerror=\"window.__xss=1\">";

	static final Path FOLDER;

	static {
		try {
			FOLDER = TestFolders.create("xss");
			// the text: a caption with markup and a javascript: picture, markup and escaped markup in a paragraph
			// (reduced to text, the escaped part becomes literal "<script>"), links, a picture from this machine whose
			// address tries to close the attribute, and tags with markup
			Files.writeString(FOLDER.resolve("xss.txt"), String.join("\n",
					"Chey Tae-won and the semiconductor talks",
					"9 December 2025",
					"![" + IMAGE + " Chey Tae-won at the talks " + SCRIPT + " / Source: " + IMAGE + "](javascript:window.__xss=1)",
					"SK Group Chairman Chey Tae-won, who heads the Korea Chamber of Commerce and Industry, met Japan's Prime "
							+ "Minister Shigeru Ishiba in Seoul on the 8th to discuss semiconductor supply chains.",
					"<b>Bold</b> and &lt;script&gt;window.__xss=1&lt;/script&gt; and &lt;img src=x onerror=\"window.__xss=1\"&gt; "
							+ "written about semiconductor exports, " + SCRIPT + IMAGE + " with a <a href=\"javascript:window.__xss=1\">link</a>.",
					"Read [the statement](javascript:alert(1)) on semiconductor cooperation, \"><script>alert(1)</script>.",
					"![A picture " + SCRIPT + "](http://127.0.0.1:9/x.jpg?\"onerror=\"window.__xss=1)",
					"#semiconductors #<b>x</b>&lt;img src=x onerror=window.__xss=1&gt; #&lt;script&gt;alert(1)&lt;/script&gt;",
					""));
			// the metadata: title, source, byline and the date's note with markup
			Files.writeString(FOLDER.resolve("xss.meta.properties"), String.join("\n",
					"title = " + SCRIPT + " Semiconductor talks " + IMAGE,
					"source = " + IMAGE + "Daily",
					"byline = " + SCRIPT + "Kim <img src=x onerror=alert(1)>",
					"published = 2025-12-09",
					"published.note = " + SCRIPT + IMAGE,
					""));
			// a file name with markup (shown on the ingest report and the article page)
			Files.writeString(FOLDER.resolve("<img src=x onerror=window.__xss=1>.txt"),
					"Another semiconductor headline\nThe Korea Chamber of Commerce and Industry spoke about semiconductors.\n");
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) {
		registry.add("kjnews.seeds-dir", FOLDER::toString);
	}

	static Chromium chromium;

	@LocalServerPort
	int port;

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

	@Test
	void scriptInArticlesMetadataAndFileNamesStaysText() {
		Set<String> pages = new LinkedHashSet<>(List.of("/", "/articles", "/ingest", "/people", "/organizations", "/meetings"));
		visit("/articles");
		List<String> articles = new ArrayList<>();
		for (WebElement link : chromium.driver.findElements(By.cssSelector(".article-item-title a"))) {
			articles.add(link.getDomAttribute("href"));
		}
		assertThat(articles).hasSize(2);
		pages.addAll(articles);
		for (String page : pages) {
			visit(page);
		}

		// the article with markup everywhere: loaded, and its markup shown as text rather than run
		visit("/articles/xss");
		assertThat(chromium.driver.findElement(By.cssSelector("h1.reader-title")).getText())
			.isEqualTo(SCRIPT + " Semiconductor talks " + IMAGE);
		assertThat(chromium.driver.findElement(By.cssSelector(".reader-body")).getText())
			.contains("Bold and " + SCRIPT + " and " + IMAGE + " written about semiconductor exports");
		assertThat(chromium.driver.findElements(By.cssSelector(".tags .tag")).stream().map(WebElement::getText))
			.contains("<script>alert(1)</script>");
		// the source, a name: it is an organization of its own, whose page is visited below
		assertThat(chromium.driver.findElements(By.cssSelector(".reader-aside a.entity-organization")).stream()
			.map(WebElement::getText)).contains(IMAGE + "Daily");
		assertThat(chromium.driver.findElements(By.cssSelector(".reader img[src='x'], .reader script"))).isEmpty();
		for (WebElement person : chromium.driver.findElements(By.cssSelector(".reader-aside a.entity-person, .reader-aside a.entity-organization"))) {
			pages.add(person.getDomAttribute("href"));
		}
		chromium.screenshot("xss-article-1280");
		for (String page : pages) {
			visit(page);
		}
	}

	@Test
	void scriptInTheAddressStaysText() {
		for (String q : List.of(SCRIPT, IMAGE, "\"><script>window.__xss=1</script>", "'><img src=x onerror=alert(1)>",
				"javascript:window.__xss=1", "script", "onerror", "window.__xss")) {
			String value = URLEncoder.encode(q, StandardCharsets.UTF_8);
			visit("/articles?q=" + value);
			assertThat(chromium.driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo(q);
			visit("/articles?q=semiconductor&person=" + value + "&organization=" + value + "&source=" + value);
			visit("/meetings?person=" + value + "&organization=" + value + "&series=" + value);
			visit("/people?country=" + value + "&sort=" + value);
			visit("/articles/" + value);
		}
		visit("/articles?q=" + URLEncoder.encode("semiconductor " + SCRIPT, StandardCharsets.UTF_8));
		chromium.screenshot("xss-search-1280");
	}

	/** Opens the page and checks that nothing in it ran or could run. */
	private void visit(String path) {
		chromium.driver.get("http://localhost:" + port + path);
		try {
			String text = chromium.driver.switchTo().alert().getText();
			fail("An alert (" + text + ") opened on " + path);
		}
		catch (NoAlertPresentException expected) {
			// as it should be
		}
		Object marker = chromium.driver.executeScript("return typeof window.__xss;");
		assertThat(marker).as("window.__xss on %s", path).isEqualTo("undefined");
		Object found = chromium.driver.executeScript("""
				const bad = [];
				for (const a of document.querySelectorAll('[href], [src], [action], [formaction]')) {
				  for (const name of ['href', 'src', 'action', 'formaction']) {
				    const v = (a.getAttribute(name) || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
				    if (v.startsWith('javascript:') || v.startsWith('vbscript:') || v.startsWith('data:text/html')) bad.push(a.outerHTML);
				  }
				}
				for (const e of document.querySelectorAll('*')) {
				  for (const attribute of e.attributes) {
				    if (attribute.name.startsWith('on')) bad.push(e.outerHTML);
				  }
				}
				for (const s of document.querySelectorAll('script:not([src]), iframe, object, embed')) bad.push(s.outerHTML);
				return bad;
				""");
		assertThat((List<?>) found).as("elements that could run script on %s", path).isEmpty();
	}

}
