package org.kjnews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kjnews.TestFolders;
import org.kjnews.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved news pages in the articles folder load like any article: the article page shows their title and
 * paragraphs and none of the site's furniture, and the people and organizations named in them are found.
 */
@SpringBootTest(properties = "kjnews.data-dir=target/test-data/${random.uuid}")
@AutoConfigureMockMvc
class HtmlArticleIngestTest {

	static final Path FOLDER;

	static {
		try {
			FOLDER = TestFolders.create("html");
			for (String name : new String[] { "joongang-daily.html", "asahi-ajw.html", "korean-daily-euckr.html" }) {
				try (InputStream in = HtmlArticleIngestTest.class.getResourceAsStream("/html/" + name)) {
					Files.copy(in, FOLDER.resolve(name));
				}
			}
			Files.move(FOLDER.resolve("asahi-ajw.html"), FOLDER.resolve("asahi-ajw.htm"));
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) {
		registry.add("kjnews.seeds-dir", FOLDER::toString);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IngestReport report;

	@Test
	void everyPageLoads() {
		assertThat(report.lines()).extracting(IngestLine::file)
			.containsExactlyInAnyOrder("joongang-daily.html", "asahi-ajw.htm", "korean-daily-euckr.html");
		assertThat(report.lines()).allSatisfy(line -> assertThat(line.status()).isEqualTo(IngestStatus.LOADED));
	}

	@Test
	void theArticlePageShowsTheTitleAndParagraphsWithoutTheSitesFurniture() {
		Document page = Html.of(mvc.get().uri("/articles/joongang-daily").exchange());
		assertThat(page.select(".reader-title").text())
			.isEqualTo("Korean and Japanese business groups pledge joint hydrogen supply chain after Busan summit");
		assertThat(page.select(".reader-body > p").eachText()).hasSize(8)
			.first()
			.asString()
			.startsWith("Business lobbies from Korea and Japan agreed Tuesday");
		assertThat(page.select(".reader-body h2").eachText()).containsExactly("Shipping routes and storage",
				"Summit sets the tone");
		assertThat(page.select(".reader-body figcaption .credit").eachText()).hasSize(2);
		assertThat(page.select(".reader-header .source").text()).isEqualTo("Korea JoongAng Daily");
		assertThat(page.select(".reader-header .byline").text()).contains("Kim Seo-yeon");
		assertThat(page.select(".reader-body").text()).doesNotContain("Most Popular", "Subscribe", "cookies",
				"Log in to write a comment", "All rights reserved", "Advertisement");
	}

	@Test
	void peopleAndOrganizationsNamedInAPageAreFound() {
		var people = assertThat(mvc.get().uri("/api/people?size=500")).hasStatusOk().bodyJson();
		people.extractingPath("$.items[*].name").asArray().contains("Shigeru Ishiba");
		var ishiba = assertThat(mvc.get().uri("/api/people/shigeru-ishiba")).hasStatusOk().bodyJson();
		ishiba.extractingPath("$.articles[*].slug").asArray().contains("joongang-daily");
		var kita = assertThat(mvc.get().uri("/api/organizations/korea-international-trade-association")).hasStatusOk()
			.bodyJson();
		kita.extractingPath("$.aliases").asArray().contains("KITA");
		kita.extractingPath("$.articles[*].slug").asArray().contains("joongang-daily");
	}

	@Test
	void aPageWithoutADateIsListedWithTheDateUnknown() {
		var article = assertThat(mvc.get().uri("/api/articles/asahi-ajw")).hasStatusOk().bodyJson();
		article.extractingPath("$.title").isEqualTo("Korean and Japanese start-ups pair up at Fukuoka trade fair");
		article.extractingPath("$.published").isNull();
		article.extractingPath("$.sourceFile").isEqualTo("asahi-ajw.htm");
		article.extractingPath("$.url").isEqualTo("https://www.asahi.com/ajw/articles/15987012");
		var korean = assertThat(mvc.get().uri("/api/articles/korean-daily-euckr")).hasStatusOk().bodyJson();
		korean.extractingPath("$.title").isEqualTo("한일 상공인, 부산서 수소 공급망 협력 논의");
		korean.extractingPath("$.published").isEqualTo("2025-10-02");
	}

}
