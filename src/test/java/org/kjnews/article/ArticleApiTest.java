package org.kjnews.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API in the shape DESIGN.md promises to clients. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class ArticleApiTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listIsPagedWithTheAgreedFields() {
		var json = assertThat(mvc.get().uri("/api/articles?size=2")).hasStatusOk().bodyJson();
		json.extractingPath("$.page").isEqualTo(0);
		json.extractingPath("$.size").isEqualTo(2);
		json.extractingPath("$.totalItems").isEqualTo(5);
		json.extractingPath("$.totalPages").isEqualTo(3);
		json.extractingPath("$.items[0].slug").isEqualTo("000-4356e5f8f044c887");
		json.extractingPath("$.items[0].title").isEqualTo("Chey drives new Korea–Japan economic partnership");
		json.extractingPath("$.items[0].source").isEqualTo("Asiatoday");
		json.extractingPath("$.items[0].published").isEqualTo("2025-12-09");
		json.extractingPath("$.items[0].publishedPrecision").isEqualTo("DAY");
		json.extractingPath("$.items[0].sourceFile").isEqualTo("000_4356e5f8f044c887.txt");
		json.extractingPath("$.items[1].published").isEqualTo("2025-12");
		json.extractingPath("$.items[1].publishedPrecision").isEqualTo("MONTH");
		assertThat(mvc.get().uri("/api/articles?size=2")).bodyJson().hasPathSatisfying("$.items[0].url",
				url -> assertThat(url).isNull());
	}

	@Test
	void sizeIsClampedTo500AndABadPageIsA400Problem() {
		assertThat(mvc.get().uri("/api/articles?size=100000")).hasStatusOk().bodyJson().extractingPath("$.size")
			.isEqualTo(500);
		assertThat(mvc.get().uri("/api/articles?page=x")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("page");
	}

	@Test
	void oneArticleHasItsBlocksTagsAndByline() {
		var json = assertThat(mvc.get().uri("/api/articles/003-474c59f4e8a03b7d")).hasStatusOk().bodyJson();
		json.extractingPath("$.byline").isEqualTo("Kim Su-min");
		json.extractingPath("$.published").isEqualTo("2025-06-23");
		json.extractingPath("$.blocks[0].type").isEqualTo("IMAGE");
		json.extractingPath("$.blocks[0].credit").isEqualTo("JOINT PRESS CORPS");
		json.extractingPath("$.blocks[1].type").isEqualTo("PARAGRAPH");
		json.extractingPath("$.people[*].name").asArray().contains("Lee Jae-myung", "Kim Yang-hee", "Kim Su-min");
		json.extractingPath("$.organizations[*].name").asArray().contains("Korea International Trade Association");
		json.extractingPath("$.meetings[*].name").asArray().anySatisfy(n -> assertThat(n.toString()).contains("57th"));
		var seed000 = assertThat(mvc.get().uri("/api/articles/000-4356e5f8f044c887")).bodyJson();
		seed000.extractingPath("$.tags[1]").isEqualTo("Chey Tae-won");
		seed000.extractingPath("$.subheadings").asArray().hasSize(2);
		seed000.extractingPath("$.publishedTime").isEqualTo("09:53");
	}

	@Test
	void aMissingArticleIsA404Problem() {
		assertThat(mvc.get().uri("/api/articles/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No article 'nope'");
	}

	@Test
	void theIngestReportListsEveryFile() {
		var json = assertThat(mvc.get().uri("/api/ingest")).hasStatusOk().bodyJson();
		json.extractingPath("$.running").isEqualTo(false);
		json.extractingPath("$.files").asArray().hasSize(5);
		json.extractingPath("$.files[0].status").isEqualTo("LOADED");
		json.extractingPath("$.files[0].file").isEqualTo("000_4356e5f8f044c887.txt");
		// what the reader noted of a file is in English in its arguments too, never the stored keys
		json.extractingPath("$.files[?(@.file == '001_d6f14f654dc4097d.txt')].args[0]").asArray()
			.containsExactly("The file has no headline; the title is taken from the lead.");
		json.extractingPath("$..args[*]").asArray().noneMatch(arg -> String.valueOf(arg).contains("note:"));
	}

}
