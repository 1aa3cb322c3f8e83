package org.kjnews.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kjnews.TestFolders;
import org.kjnews.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The folder changes while the application runs: a file added, changed, removed, and one written slowly. Each
 * change shows on the pages within five seconds, without a restart and without duplicates.
 */
@SpringBootTest(properties = "kjnews.data-dir=target/test-data/${random.uuid}")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FolderWatcherTest {

	static final Path FOLDER;

	/** What the issue allows: a change shows within 5 seconds. */
	static final Duration WITHIN = Duration.ofSeconds(5);

	static {
		try {
			FOLDER = TestFolders.create("watched");
			Files.writeString(FOLDER.resolve("first.txt"),
					"Steel talks resume\nMay 2, 2025\nPark Ji-won, president of the Korea Steel Association, met his "
							+ "Japanese counterparts in Tokyo on Friday.\n");
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

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	private int status(String uri) {
		return mvc.get().uri(uri).exchange().getResponse().getStatus();
	}

	private List<String> titles() {
		return page("/articles").select(".article-item-title a").eachText();
	}

	private static final String ADDED = """
			Hydrogen forum opens in Seoul
			May 3, 2025
			Tanaka Hiroshi, chairman of the Japan Hydrogen Council, attended the 4th Korea-Japan Hydrogen Forum held \
			in Seoul on Saturday.
			The forum discussed supply chains for fuel cells.
			""";

	@Test
	@Order(1)
	void aNewFileAppearsWithItsPeopleAndMeetings() throws IOException {
		assertThat(titles()).containsExactly("Steel talks resume");
		Files.writeString(FOLDER.resolve("added.txt"), ADDED);
		await().atMost(WITHIN).untilAsserted(() -> assertThat(titles()).contains("Hydrogen forum opens in Seoul"));
		assertThat(status("/people/tanaka-hiroshi")).isEqualTo(200);
		assertThat(page("/meetings").text()).contains("Korea-Japan Hydrogen Forum");
	}

	@Test
	@Order(2)
	void aChangedFileIsUpdatedInPlace() throws IOException {
		String slug = page("/articles").select(".article-item-title a:contains(Hydrogen forum)").attr("href");
		Files.writeString(FOLDER.resolve("added.txt"), ADDED.replace("Hydrogen forum opens in Seoul",
				"Hydrogen forum closes in Seoul").replace("Tanaka Hiroshi", "Suzuki Kenta"));
		await().atMost(WITHIN).untilAsserted(() -> assertThat(titles()).contains("Hydrogen forum closes in Seoul"));
		assertThat(titles()).hasSize(2).doesNotContain("Hydrogen forum opens in Seoul");
		assertThat(page("/articles").select(".article-item-title a:contains(Hydrogen forum)").attr("href"))
			.isEqualTo(slug);
		// whoever only the old text named is gone; the new name is there
		assertThat(status("/people/tanaka-hiroshi")).isEqualTo(404);
		assertThat(status("/people/suzuki-kenta")).isEqualTo(200);
	}

	@Test
	@Order(3)
	void aRemovedFileDisappearsWithWhatOnlyItSupported() throws IOException {
		Files.delete(FOLDER.resolve("added.txt"));
		await().atMost(WITHIN).untilAsserted(() -> assertThat(titles()).containsExactly("Steel talks resume"));
		assertThat(status("/people/suzuki-kenta")).isEqualTo(404);
		assertThat(page("/meetings").text()).doesNotContain("Hydrogen Forum");
	}

	@Test
	@Order(4)
	void aFileBeingWrittenIsReadOnceComplete() throws Exception {
		try (OutputStream out = Files.newOutputStream(FOLDER.resolve("slow.txt"))) {
			out.write("Battery makers agree on standards\nMay 5, 2025\nThe first paragraph arrives.\n"
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			Thread.sleep(400); // less than the quiet period: the writer is still at work
			out.write("The last paragraph arrives too.\n".getBytes(StandardCharsets.UTF_8));
		}
		await().atMost(WITHIN).untilAsserted(() -> assertThat(titles()).contains("Battery makers agree on standards"));
		String href = page("/articles").select(".article-item-title a:contains(Battery makers)").attr("href");
		assertThat(page(href).text()).contains("The first paragraph arrives.", "The last paragraph arrives too.");
		assertThat(titles()).hasSize(2);
	}

	@Test
	@Order(5)
	void theReportShowsEachEvent() {
		assertThat(report.events()).extracting(e -> e.kind() + " " + e.file())
			.contains("ADDED added.txt", "UPDATED added.txt", "REMOVED added.txt", "ADDED slow.txt");
		Document ingest = page("/ingest");
		assertThat(ingest.select(".event-removed code").eachText()).contains("added.txt");
		assertThat(ingest.select(".event-updated td").eachText()).contains("Updated");
	}

}
