package org.kjnews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kjnews.article.Block;
import org.kjnews.article.BlockType;
import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader on every seed, against what a careful human reader took from it ({@code seeds-gold.json}). */
class TextArticleReaderTest {

	private static final Path SEEDS = Path.of("seeds");

	private final TextArticleReader reader = new TextArticleReader();

	static Stream<JsonNode> goldArticles() throws IOException {
		try (InputStream in = TextArticleReaderTest.class.getResourceAsStream("/seeds-gold.json")) {
			JsonNode gold = JsonMapper.builder().build().readTree(in);
			List<JsonNode> articles = new ArrayList<>();
			gold.get("articles").forEach(articles::add);
			return articles.stream();
		}
	}

	private ParsedArticle read(JsonNode gold) throws IOException {
		Path file = SEEDS.resolve(gold.get("file").asString());
		ParsedArticle parsed = reader.read(Files.readString(file, StandardCharsets.UTF_8));
		Path meta = ArticleMetadata.fileFor(file);
		return Files.exists(meta) ? ArticleMetadata.read(meta).applyTo(parsed) : parsed;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldArticles")
	void titleIsTheHeadlineOrAShortLeadNeverEmpty(JsonNode gold) throws IOException {
		ParsedArticle article = read(gold);
		if (gold.get("title").isNull()) {
			assertThat(article.titleDerived()).isTrue();
			assertThat(article.title()).isNotBlank().hasSizeBetween(20, 120);
			String lead = article.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).findFirst().orElseThrow().text();
			assertThat(lead).startsWith(article.title().replace("…", ""));
		}
		else {
			assertThat(article.title()).isEqualTo(gold.get("title").asString());
			assertThat(article.titleDerived()).isFalse();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldArticles")
	void sourceAndPublicationDateAtTheirTruePrecision(JsonNode gold) throws IOException {
		ParsedArticle article = read(gold);
		assertThat(article.source()).isEqualTo(gold.get("source").isNull() ? null : gold.get("source").asString());
		String published = gold.get("published").asString();
		PartialDate date = article.published();
		assertThat(date.iso()).isEqualTo(published.length() > 10 ? published.substring(0, 10) : published);
		if (published.length() > 10) {
			assertThat(date.time()).hasToString(published.substring(11));
		}
		assertThat(date.basis()).isNotEqualTo(DateBasis.UNKNOWN);
		assertThat(date.note()).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldArticles")
	void subheadingsTagsAndByline(JsonNode gold) throws IOException {
		ParsedArticle article = read(gold);
		assertThat(article.subheadings()).containsExactlyElementsOf(strings(gold.get("subheadings")));
		assertThat(article.tags()).containsExactlyElementsOf(strings(gold.get("tags")));
		assertThat(article.byline()).isEqualTo(gold.has("byline") ? gold.get("byline").asString() : null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldArticles")
	void noFurnitureIsLeftInTheText(JsonNode gold) throws IOException {
		ParsedArticle article = read(gold);
		String text = article.bodyText() + "\n" + article.title();
		for (String furniture : strings(gold.get("boilerplate_to_drop"))) {
			assertThat(text).doesNotContain(furniture);
		}
		assertThat(text).doesNotContain("![").doesNotContain("](http").doesNotContain("?the");
	}

	@Test
	void imagesKeepTheirCaptionOnceAndTheirCredit() throws IOException {
		ParsedArticle article = read(goldArticles().filter(g -> g.get("file").asString().startsWith("003")).findFirst().orElseThrow());
		List<Block> images = article.blocks().stream().filter(b -> b.type() == BlockType.IMAGE).toList();
		assertThat(images).hasSize(4).allSatisfy(image -> {
			assertThat(image.imageUrl()).startsWith("https://koreajoongangdaily.joins.com/data/photo/2025/06/23/");
			assertThat(image.caption()).isNotBlank().doesNotContain("[");
		});
		assertThat(images).extracting(Block::credit).containsExactly("JOINT PRESS CORPS", "YONHAP", "YONHAP", "YONHAP");
		// each caption stands once: under its image, not again as a paragraph
		for (Block image : images) {
			assertThat(article.blocks()).filteredOn(b -> b.type() == BlockType.PARAGRAPH)
				.noneMatch(p -> p.text().startsWith(image.caption().substring(0, 40)));
		}
	}

	@Test
	void aCaptionWithoutItsPictureKeepsItsCredit() throws IOException {
		ParsedArticle article = read(goldArticles().filter(g -> g.get("file").asString().startsWith("000")).findFirst().orElseThrow());
		assertThat(article.blocks()).filteredOn(b -> b.type() == BlockType.IMAGE)
			.singleElement()
			.satisfies(image -> {
				assertThat(image.credit()).isEqualTo("Yonhap News");
				assertThat(image.caption()).startsWith("SK Group Chairman Chey Tae-won").doesNotContain("Source");
			});
		assertThat(article.published().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(article.published().basis()).isEqualTo(DateBasis.STATED);
	}

	@Test
	void lostDashesAreRepaired() throws IOException {
		ParsedArticle article = read(goldArticles().filter(g -> g.get("file").asString().startsWith("002")).findFirst().orElseThrow());
		assertThat(article.bodyText()).contains("Keidanren—the first from a financial company—a new counterpart");
		assertThat(article.warnings()).contains(Note.of("repairedDashes", 2));
	}

	@Test
	void inferredDatesSayWhereTheyComeFrom() throws IOException {
		ParsedArticle article = read(goldArticles().filter(g -> g.get("file").asString().startsWith("002")).findFirst().orElseThrow());
		assertThat(article.published().basis()).isEqualTo(DateBasis.INFERRED);
		assertThat(article.published().note()).isEqualTo(Note.of("imageAddressesMonth"));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach(n -> values.add(n.asString()));
		}
		return values;
	}

}
