package org.kjnews.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kjnews.TestFolders;
import org.kjnews.Html;
import org.kjnews.article.ArticleCatalog;
import org.kjnews.article.ArticleDetail;
import org.kjnews.article.BlockType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader on a folder of awkward files: each gets a clear line in the report, and the good ones still load.
 * Then the folder changes under it: changed files are replaced, removed ones removed, a file that turns bad
 * keeps its previous state.
 */
// the test drives the loader itself: no watcher running it in between
@SpringBootTest(properties = { "kjnews.watch=false", "kjnews.max-file-size=20000", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FolderIngesterTest {

	static final Path FOLDER;

	static final Path OUTSIDE;

	static {
		try {
			FOLDER = TestFolders.create("folder");
			OUTSIDE = TestFolders.create("outside");
			write("good.txt", "A good headline\nMay 8, 2025\nThe first paragraph of a good article.\n");
			Files.write(FOLDER.resolve("empty.txt"), new byte[0]);
			Files.write(FOLDER.resolve("binary.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2 });
			Files.write(FOLDER.resolve("legacy.txt"), ("Caf\u00e9 society\nThe caf\u00e9 said \u201cyes\u201d to it.\n")
				.getBytes(Charset.forName("windows-1252")));
			write("huge.txt", "Big\n" + "word ".repeat(5000));
			write("title-only.txt", "Just a headline\n");
			write("crlf.txt", "Windows headline\r\nFirst paragraph.\r\nSecond paragraph.\r\n");
			write("bom.txt", "\uFEFFHeadline after a BOM\nBody text.\n");
			write("script.txt", "Headline <script>alert('t')</script>\n<script>alert('x')</script>Body with <b>bold</b> "
					+ "and <img src=x onerror=alert(1)> an image.\n[a link](javascript:alert(2)) in text.\n"
					+ "![caption <i>here</i>](javascript:alert(3))\n");
			write("한국 기사 one.txt", "A headline in a Hangul file name\nThe body of it.\n");
			write("notes.pdf", "%PDF-1.4");
			write(".hidden.txt", "Hidden\nText.\n");
			Files.writeString(OUTSIDE.resolve("secret.txt"), "Secret headline\nSecret body.\n");
			Files.createSymbolicLink(FOLDER.resolve("link.txt"), OUTSIDE.resolve("secret.txt"));
			write("changing.txt", "Original headline\nOriginal body.\n");
			write("long-values.txt", "Long values\nA body.\n#" + "t".repeat(400) + " #short\n");
			write("long-values.meta.properties", "title = " + "T".repeat(700) + "\nsource = " + "S".repeat(400) + "\n");
			write("meta-link.txt", "Linked metadata\nA body.\n");
			Files.writeString(OUTSIDE.resolve("secret.meta.properties"), "title = SECRET FROM OUTSIDE\n");
			Files.createSymbolicLink(FOLDER.resolve("meta-link.meta.properties"), OUTSIDE.resolve("secret.meta.properties"));
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
	IngestReport report;

	@Autowired
	FolderIngester ingester;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	MockMvcTester mvc;

	private static void write(String name, String text) throws IOException {
		Files.writeString(FOLDER.resolve(name), text, StandardCharsets.UTF_8);
	}

	private Map<String, IngestLine> lines() {
		return report.lines().stream().collect(Collectors.toMap(IngestLine::file, Function.identity()));
	}

	private ArticleDetail article(String slug) {
		return catalog.find(slug).orElseThrow(() -> new AssertionError("no article " + slug));
	}

	@Test
	@Order(1)
	void everyFileGetsAClearLineAndTheGoodOnesLoad() {
		Map<String, IngestLine> lines = lines();
		assertThat(lines.get("good.txt").status()).isEqualTo(IngestStatus.LOADED);
		assertThat(lines.get("empty.txt")).extracting(IngestLine::status).isEqualTo(IngestStatus.SKIPPED);
		assertThat(lines.get("empty.txt").message()).contains("empty");
		assertThat(lines.get("binary.txt").status()).isEqualTo(IngestStatus.FAILED);
		assertThat(lines.get("binary.txt").message()).contains("binary");
		assertThat(lines.get("legacy.txt").status()).isEqualTo(IngestStatus.LOADED);
		assertThat(lines.get("legacy.txt").message()).contains("Windows-1252");
		assertThat(lines.get("huge.txt").status()).isEqualTo(IngestStatus.SKIPPED);
		assertThat(lines.get("huge.txt").message()).contains("too large");
		assertThat(lines.get("title-only.txt").status()).isEqualTo(IngestStatus.FAILED);
		assertThat(lines.get("title-only.txt").message()).contains("no body");
		assertThat(lines.get("notes.pdf").status()).isEqualTo(IngestStatus.SKIPPED);
		assertThat(lines.get(".hidden.txt").status()).isEqualTo(IngestStatus.SKIPPED);
		assertThat(lines.get("link.txt").status()).isEqualTo(IngestStatus.SKIPPED);
		assertThat(lines.get("link.txt").message()).contains("outside the folder");
		assertThat(lines.get("한국 기사 one.txt").status()).isEqualTo(IngestStatus.LOADED);
		assertThat(catalog.list(new org.kjnews.system.Paging(0, 50)).totalItems()).isEqualTo(9);
	}

	@Test
	@Order(1)
	void overlongValuesAreFittedNotFatal() {
		assertThat(lines().get("long-values.txt").status()).isEqualTo(IngestStatus.LOADED);
		ArticleDetail article = article("long-values");
		assertThat(article.title()).hasSizeLessThanOrEqualTo(500).startsWith("TTT");
		assertThat(article.tags()).contains("short").anySatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(300));
	}

	@Test
	@Order(1)
	void aMetadataFileThatIsALinkIsNotFollowed() {
		assertThat(article("meta-link").title()).isEqualTo("Linked metadata");
	}

	@Test
	@Order(2)
	void textIsDecodedWhateverItsEncodingAndLineEnds() {
		ArticleDetail legacy = article("legacy");
		assertThat(legacy.title()).isEqualTo("Café society");
		assertThat(legacy.blocks().get(0).text()).isEqualTo("The café said “yes” to it.");
		ArticleDetail crlf = article("crlf");
		assertThat(crlf.title()).isEqualTo("Windows headline");
		assertThat(crlf.blocks()).extracting(b -> b.text()).containsExactly("First paragraph.", "Second paragraph.");
		assertThat(article("bom").title()).isEqualTo("Headline after a BOM");
		assertThat(article("good").published().iso()).isEqualTo("2025-05-08");
	}

	@Test
	@Order(3)
	void markupInTheTextIsRemovedAndNeverReachesThePage() {
		ArticleDetail script = article("script");
		assertThat(script.title()).isEqualTo("Headline");
		String all = script.title() + script.blocks();
		assertThat(all).doesNotContain("<script").doesNotContain("alert").doesNotContain("javascript:")
			.doesNotContain("onerror");
		assertThat(script.blocks()).filteredOn(b -> b.type() == BlockType.IMAGE)
			.singleElement()
			.satisfies(image -> assertThat(image.imageUrl()).isNull());
		Document page = Html.of(mvc.get().uri("/articles/script").exchange());
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[onerror]")).isEmpty();
		assertThat(page.select("a[href^=javascript]")).isEmpty();
		assertThat(page.select(".reader-body").text()).contains("Body with bold and an image.");
	}

	@Test
	@Order(4)
	void aFileNameWithSpacesAndHangulHasAWorkingPage() {
		assertThat(article("한국-기사-one").title()).isEqualTo("A headline in a Hangul file name");
		assertThat(mvc.get().uri("/articles/{slug}", "한국-기사-one").exchange()).hasStatusOk();
	}

	@Test
	@Order(5)
	void reloadingLeavesUnchangedFilesAloneReplacesChangedOnesAndRemovesDeletedOnes() throws IOException {
		write("changing.txt", "Changed headline\nChanged body.\n");
		Files.delete(FOLDER.resolve("good.txt"));
		ingester.ingestAll();
		Map<String, IngestLine> lines = lines();
		assertThat(lines.get("changing.txt").status()).isEqualTo(IngestStatus.LOADED);
		assertThat(lines.get("changing.txt").message()).isEqualTo("Updated.");
		assertThat(report.events()).extracting(e -> e.kind() + " " + e.file())
			.contains("UPDATED changing.txt", "REMOVED good.txt");
		assertThat(lines.get("crlf.txt").status()).isEqualTo(IngestStatus.UNCHANGED);
		assertThat(report.removed()).containsExactly("good.txt");
		assertThat(article("changing").title()).isEqualTo("Changed headline");
		assertThat(catalog.find("good")).isEmpty();
		assertThat(catalog.list(new org.kjnews.system.Paging(0, 50)).totalItems()).isEqualTo(8);
	}

	@Test
	@Order(6)
	void aFileThatTurnsBadKeepsItsPreviousState() throws IOException {
		Files.write(FOLDER.resolve("changing.txt"), new byte[] { 0, 1, 2, 3, 0 });
		ingester.ingestAll();
		assertThat(lines().get("changing.txt").status()).isEqualTo(IngestStatus.FAILED);
		assertThat(article("changing").title()).isEqualTo("Changed headline");
	}

	@Test
	@Order(7)
	void aMetadataFileSuppliesWhatTheTextLacks() throws IOException {
		write("crlf.meta.properties", "source = The Example Times\npublished = 2024-10\n"
				+ "published.note = From the archive's index card.\nurl = https://example.com/a\n");
		ingester.ingestAll();
		assertThat(lines().get("crlf.txt").status()).isEqualTo(IngestStatus.LOADED);
		assertThat(lines()).doesNotContainKey("crlf.meta.properties");
		ArticleDetail crlf = article("crlf");
		assertThat(crlf.source()).isEqualTo("The Example Times");
		assertThat(crlf.published().iso()).isEqualTo("2024-10");
		assertThat(crlf.published().note()).isEqualTo("From the archive's index card.");
		assertThat(crlf.url()).isEqualTo("https://example.com/a");
	}

	@Test
	@Order(8)
	void aBrokenMetadataFileIsReportedAndTheArticleStillLoads() throws IOException {
		write("bom.meta.properties", "published = last Tuesday\n");
		ingester.ingestAll();
		IngestLine line = lines().get("bom.txt");
		assertThat(line.status()).isEqualTo(IngestStatus.LOADED);
		assertThat(line.message()).contains("metadata file was ignored");
		assertThat(article("bom").published().isKnown()).isFalse();
	}

	@Test
	@Order(9)
	void anUndatedArticleSaysDateUnknownAndSortsLast() {
		Document list = Html.of(mvc.get().uri("/articles?size=50").exchange());
		assertThat(list.select(".article-item time").last().text()).isEqualTo("date unknown");
		assertThat(list.select(".article-item time").first().text()).isEqualTo("October 2024");
		Document reader = Html.of(mvc.get().uri("/articles/bom").exchange());
		assertThat(reader.select(".reader-header time").text()).isEqualTo("date unknown");
		assertThat(reader.select(".date-basis").text()).contains("nothing in the article gives a date");
	}

	@Test
	@Order(11)
	void aFileEmptiedOrGrownTooLargeTakesItsArticleAway() throws IOException {
		Files.write(FOLDER.resolve("crlf.txt"), new byte[0]);
		write("legacy.txt", "Big\n" + "word ".repeat(5000));
		ingester.ingestAll();
		assertThat(catalog.find("crlf")).isEmpty();
		assertThat(catalog.find("legacy")).isEmpty();
		assertThat(report.removed()).contains("crlf.txt", "legacy.txt");
	}

	@Test
	@Order(12)
	void aFileTouchedButNotChangedStaysUnchanged() throws IOException {
		Path file = FOLDER.resolve("script.txt");
		Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		ingester.ingestAll();
		assertThat(lines().get("script.txt").status()).isEqualTo(IngestStatus.UNCHANGED);
		ingester.ingestAll(); // now by its stamp alone, without reading it
		assertThat(lines().get("script.txt").status()).isEqualTo(IngestStatus.UNCHANGED);
	}

	@Test
	@Order(10)
	void theReportPageListsProblemsFirstInWords() {
		Document page = Html.of(mvc.get().uri("/ingest").exchange());
		// the table of every file, after the watched folder's latest changes (which this test's writes produce)
		assertThat(page.select("table").last().select("tbody tr").first().select("td").get(1).text())
			.isEqualTo("Failed");
		assertThat(page.select("tbody").text()).contains("binary content, not text", "too large", "outside the folder");
	}

	@Test
	@Order(99)
	void theReportPageShowsTheFilesAPageAtATime() {
		Document first = Html.of(mvc.get().uri("/ingest?size=3").exchange());
		Element files = first.select("table").last();
		assertThat(files.select("tbody tr")).hasSize(3);
		assertThat(files.select("tbody tr").first().select("td").get(1).text()).isEqualTo("Failed");
		String next = first.select("nav.paging a[rel=next]").attr("href");
		assertThat(next).contains("page=1").contains("size=3");
		Document second = Html.of(mvc.get().uri(next).exchange());
		assertThat(second.select("table").last().select("tbody tr")).hasSize(3)
			.extracting(Element::text)
			.doesNotContainAnyElementsOf(files.select("tbody tr").eachText());
	}

}
