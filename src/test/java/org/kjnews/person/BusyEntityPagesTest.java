package org.kjnews.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.kjnews.TestFolders;
import org.kjnews.article.LatestMeetings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of someone named in more articles than a page shows: the newest, a way to all of them, and the counts
 * over all of them (at 100,000 articles such a page read every mention and took minutes).
 */
@SpringBootTest(properties = { "kjnews.watch=false", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class BusyEntityPagesTest {

	static final int ARTICLES = ArticlesNaming.SHOWN + 5;

	static final Path FOLDER = TestFolders.create("busy");

	static {
		LocalDate first = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < ARTICLES; i++) {
			String date = first.plusDays(7L * i).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
			write("steel-" + i + ".txt", "Steel talks, round " + (i + 1) + "\n" + date + "\n"
					+ "Min-jun Hwang, president of the Korea Steel Association, met Kenji Oyama, chairman of the "
					+ "Japan Iron and Steel Federation, in Seoul for round " + (i + 1) + " of the talks.\n"
					+ "Hwang said the two groups agreed on a common report.\n");
		}
	}

	private static void write(String name, String text) {
		try {
			Files.writeString(FOLDER.resolve(name), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) {
		registry.add("kjnews.seeds-dir", FOLDER::toString);
	}

	@Autowired
	MockMvcTester mvc;

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	@Test
	void aPersonNamedInManyArticlesShowsTheNewestAndLeadsToAll() {
		Document person = page("/people/min-jun-hwang");
		assertThat(person.select(".mention-list li")).hasSize(ArticlesNaming.SHOWN);
		assertThat(person.select(".mention-list li a").first().text()).isEqualTo("Steel talks, round " + ARTICLES);
		assertThat(person.select(".articles-cut").text())
			.contains("The newest " + ArticlesNaming.SHOWN + " of " + ARTICLES + " articles.");
		assertThat(person.select(".articles-cut a").attr("href")).isEqualTo("/articles?person=min-jun-hwang");
		// counted over all of them
		assertThat(person.select(".entity-list li").text()).contains("Kenji Oyama").contains(String.valueOf(ARTICLES));
		var api = assertThat(mvc.get().uri("/api/people/min-jun-hwang")).hasStatusOk().bodyJson();
		api.extractingPath("$.articleCount").isEqualTo(ARTICLES);
		api.extractingPath("$.articles").asArray().hasSize(ArticlesNaming.SHOWN);
	}

	@Test
	void someoneAtManyMeetingsGetsTheLatestAndALinkToAll() {
		// each article reports one meeting of the two, in the month it was published
		Document person = page("/people/min-jun-hwang");
		assertThat(person.select(".meeting-list li")).hasSize(LatestMeetings.SHOWN);
		assertThat(person.select(".meetings-cut").text())
			.contains("The latest " + LatestMeetings.SHOWN + " of " + ARTICLES + " meetings.");
		assertThat(person.select(".meetings-cut a").attr("href")).isEqualTo("/meetings?person=min-jun-hwang");
		// the latest, in timeline order: the first shown is the sixth, the last the newest
		List<String> dates = person.select(".meeting-list li .meta").eachText();
		assertThat(dates.get(0)).startsWith("February 2024");
		assertThat(dates.get(dates.size() - 1)).startsWith("January 2025");
		var api = assertThat(mvc.get().uri("/api/people/min-jun-hwang")).hasStatusOk().bodyJson();
		api.extractingPath("$.meetingCount").isEqualTo(ARTICLES);
		api.extractingPath("$.meetings").asArray().hasSize(LatestMeetings.SHOWN);
		api.extractingPath("$.meetings[49].date").isEqualTo("2025-01");
		Document timeline = page("/meetings?person=min-jun-hwang");
		assertThat(timeline.text()).contains("January 2024"); // the five the page leaves out
	}

	@Test
	void anOrganizationNamedInManyArticlesToo() {
		Document found = page("/organizations?q=steel");
		assertThat(found.select(".entity-table tbody td:first-child").eachText())
			.contains("Japan Iron and Steel Federation");
		String href = found.select(".entity-table tbody a:contains(Japan Iron and Steel Federation)").attr("href");
		Document organization = page(href);
		assertThat(organization.select(".mention-list li")).hasSize(ArticlesNaming.SHOWN);
		assertThat(organization.select(".articles-cut a").attr("href"))
			.isEqualTo("/articles?organization=" + href.substring(href.lastIndexOf('/') + 1));
		assertThat(organization.text()).contains("Kenji Oyama");
	}

}
