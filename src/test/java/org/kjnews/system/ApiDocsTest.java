package org.kjnews.system;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the whole JSON API and nothing else; Swagger UI is served by the app itself. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class ApiDocsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private JsonNode apiDocs() throws Exception {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void everyApiEndpointIsDescribedAndNothingElse() throws Exception {
		JsonNode docs = apiDocs();
		assertThat(docs.get("openapi").asString()).startsWith("3.");
		assertThat(docs.at("/info/title").asString()).isEqualTo("KJ News API");
		assertThat(docs.at("/info/description").asString()).contains("problem details");
		Set<String> documented = new TreeSet<>(docs.get("paths").propertyNames());
		assertThat(documented).contains("/api/articles", "/api/articles/{slug}", "/api/people", "/api/people/{slug}",
				"/api/organizations", "/api/organizations/{slug}", "/api/meetings", "/api/meetings/{slug}",
				"/api/ingest");
		// exactly the application's own /api mappings (not springdoc's redirect): a new endpoint cannot be left out
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.kjnews")) {
				info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(mapped::add);
			}
		});
		assertThat(documented).isEqualTo(mapped);
	}

	@Test
	void operationsHaveParametersDescriptionsAndRecordSchemas() throws Exception {
		JsonNode docs = apiDocs();
		JsonNode list = docs.at("/paths/~1api~1articles/get");
		assertThat(list.get("summary").asString()).isNotBlank();
		Set<String> parameters = new HashSet<>();
		list.get("parameters").forEach(p -> {
			parameters.add(p.get("name").asString());
			assertThat(p.get("description").asString()).as(p.get("name").asString()).isNotBlank();
		});
		assertThat(parameters).contains("q", "person", "organization", "source", "year", "page", "size");
		assertThat(docs.at("/paths/~1api~1meetings/get/parameters").findValuesAsString("name"))
			.contains("series", "person", "organization", "year", "status");

		// each 200 answer is a named schema with the fields DESIGN.md promises
		assertThat(schemaOf(docs, "/api/articles")).isEqualTo("PageResultArticleItem");
		assertThat(docs.at("/components/schemas/PageResultArticleItem/properties").propertyNames())
			.contains("items", "page", "size", "totalItems", "totalPages");
		assertThat(docs.at("/components/schemas/ArticleHit/properties").propertyNames())
			.contains("slug", "title", "source", "published", "publishedPrecision", "sourceFile", "url", "snippet");
		assertThat(docs.at("/components/schemas/ArticleDetail/properties").propertyNames())
			.contains("byline", "subheadings", "tags", "blocks", "people", "organizations", "meetings");
		// records of the same simple name in different features stay apart
		assertThat(docs.at("/components/schemas/Person/properties").propertyNames())
			.contains("slug", "name", "aliases", "country", "mentionCount");
		assertThat(docs.at("/components/schemas/Organization/properties").propertyNames()).contains("kind");
		assertThat(docs.at("/components/schemas/Meeting/properties").propertyNames())
			.contains("series", "ordinal", "date", "datePrecision", "endDate", "location", "status", "participants");
		docs.get("paths").properties().forEach(path -> {
			String ref = schemaOf(docs, path.getKey());
			assertThat(docs.at("/components/schemas/" + ref).isMissingNode()).as(path.getKey()).isFalse();
			assertThat(path.getValue().at("/get/summary").asString()).as(path.getKey()).isNotBlank();
			assertThat(path.getValue().at("/get/operationId").asString()).as(path.getKey()).isNotBlank();
		});
		assertThat(docs.at("/paths/~1api~1people~1{slug}/get/responses/404/content").propertyNames())
			.contains("application/problem+json");
	}

	private static String schemaOf(JsonNode docs, String path) {
		String ref = docs.get("paths")
			.get(path)
			.at("/get/responses/200/content/application~1json/schema/$ref")
			.asString();
		assertThat(ref).as(path).startsWith("#/components/schemas/");
		return ref.substring("#/components/schemas/".length());
	}

	@Test
	void swaggerUiIsServedByTheAppWithoutAnythingFromElsewhere() throws Exception {
		MvcTestResult docs = mvc.get().uri("/api/docs").exchange();
		assertThat(docs.getResponse().getStatus()).isBetween(301, 308);
		String location = docs.getResponse().getHeader("Location");
		assertThat(location).endsWith("/swagger-ui/index.html");

		MvcTestResult page = mvc.get().uri(location).exchange();
		assertThat(page).hasStatusOk();
		Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.select("script[src]")).isNotEmpty();
		assertThat(html.select("script:not([src])")).isEmpty();
		// scripts and styles from the app itself (offline): relative addresses, each one served
		String base = location.substring(0, location.lastIndexOf('/') + 1);
		for (String asset : html.select("script[src]").eachAttr("src")) {
			assertThat(asset).doesNotContain("//");
			assertThat(mvc.get().uri(base + asset.replaceFirst("^\\./", "")).exchange()).as(asset).hasStatusOk();
		}
		for (String asset : html.select("link[rel=stylesheet]").eachAttr("href")) {
			assertThat(asset).doesNotContain("//");
			assertThat(mvc.get().uri(base + asset.replaceFirst("^\\./", "")).exchange()).as(asset).hasStatusOk();
		}
		MvcTestResult config = mvc.get().uri("/v3/api-docs/swagger-config").exchange();
		assertThat(config).hasStatusOk();
		assertThat(config.getResponse().getContentAsString()).contains("/v3/api-docs");
	}

}
