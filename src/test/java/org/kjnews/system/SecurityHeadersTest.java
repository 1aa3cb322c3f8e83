package org.kjnews.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the running server carries the security headers: pages, lists, errors, the API, the feed, the
 * sitemap, static files, answers from the page cache and 304s. Same settings as ErrorPagesTest (one context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String firstSlug(String api) throws Exception {
		JsonNode items = JsonMapper.builder().build().readTree(get(api + "?size=1").body()).get("items");
		return items.get(0).get("slug").asString();
	}

	/** Every kind of page and answer, with the status it should have. */
	private Map<String, Integer> everyKindOfAnswer() throws Exception {
		String series = JsonMapper.builder()
			.build()
			.readTree(get("/api/meetings?series=korea-japan-business-conference&size=1").body())
			.at("/items/0/series/slug")
			.asString();
		Map<String, Integer> answers = new LinkedHashMap<>();
		answers.put("/", 200);
		answers.put("/articles", 200);
		answers.put("/articles?q=korea&person=chey-tae-won", 200);
		answers.put("/articles/" + firstSlug("/api/articles"), 200);
		answers.put("/people", 200);
		answers.put("/people/" + firstSlug("/api/people"), 200);
		answers.put("/organizations", 200);
		answers.put("/organizations/" + firstSlug("/api/organizations"), 200);
		answers.put("/meetings", 200);
		answers.put("/meetings/" + firstSlug("/api/meetings"), 200);
		answers.put("/meetings/series/" + series, 200);
		answers.put("/meetings.ics", 200);
		answers.put("/ingest", 200);
		answers.put("/no/such/page", 404);
		answers.put("/articles/no-such-article", 404);
		answers.put("/articles?page=abc", 400);
		answers.put("/api/articles", 200);
		answers.put("/api/people/no-such-person", 404);
		answers.put("/api/articles?year=abc", 400);
		answers.put("/feed.atom", 200);
		answers.put("/feed.atom?year=abc", 400);
		answers.put("/sitemap.xml", 200);
		answers.put("/robots.txt", 200);
		answers.put("/assets/css/kjnews.css", 200);
		answers.put("/assets/img/favicon.svg", 200);
		answers.put("/assets/no-such-file.css", 404);
		answers.put("/webjars/bootstrap/css/bootstrap.min.css", 200);
		answers.put("/actuator/health", 200);
		answers.put("/v3/api-docs", 200);
		answers.put("/api/docs", 302);
		return answers;
	}

	/** The directives of a Content-Security-Policy, each with its sources. */
	private static Map<String, List<String>> directives(String policy) {
		Map<String, List<String>> directives = new LinkedHashMap<>();
		for (String directive : policy.split(";")) {
			String[] words = directive.strip().split("\\s+");
			directives.put(words[0], Arrays.asList(words).subList(1, words.length));
		}
		return directives;
	}

	private static void assertSecure(HttpResponse<String> response, String what) {
		String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
		assertThat(policy).as(what).isNotNull();
		Map<String, List<String>> csp = directives(policy);
		assertThat(csp.get("default-src")).as(what).containsExactly("'self'");
		assertThat(csp.get("script-src")).as(what).containsExactly("'self'");
		assertThat(csp.get("object-src")).as(what).containsExactly("'none'");
		assertThat(csp.get("frame-ancestors")).as(what).containsExactly("'none'");
		assertThat(csp.get("base-uri")).as(what).containsExactly("'self'");
		assertThat(csp.get("form-action")).as(what).containsExactly("'self'");
		assertThat(policy).as(what).doesNotContain("unsafe-eval");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).as(what)
			.hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()", "microphone=()"));
	}

	@Test
	void everyAnswerCarriesTheHeadersWithAStrictPolicy() throws Exception {
		for (Map.Entry<String, Integer> answer : everyKindOfAnswer().entrySet()) {
			// twice: the second time most come from the page cache
			for (int round = 1; round <= 2; round++) {
				HttpResponse<String> response = get(answer.getKey());
				String what = answer.getKey() + " (round " + round + ")";
				assertThat(response.statusCode()).as(what).isEqualTo(answer.getValue());
				assertSecure(response, what);
				// no inline style anywhere but on Swagger UI's own path
				assertThat(directives(response.headers().firstValue("Content-Security-Policy").orElseThrow())
					.get("style-src")).as(what).containsExactly("'self'");
			}
		}
	}

	@Test
	void aNotModifiedAnswerCarriesThemToo() throws Exception {
		for (String path : List.of("/", "/api/articles", "/feed.atom", "/sitemap.xml", "/robots.txt")) {
			String etag = get(path).headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> notModified = get(path, "If-None-Match", etag);
			assertThat(notModified.statusCode()).as(path).isEqualTo(304);
			assertSecure(notModified, path + " (304)");
		}
	}

	@Test
	void onlySwaggerUiMayUseInlineStylesAndDataImages() throws Exception {
		HttpResponse<String> ui = get("/api/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertSecure(ui, "Swagger UI");
		Map<String, List<String>> csp = directives(ui.headers().firstValue("Content-Security-Policy").orElseThrow());
		assertThat(csp.get("style-src")).containsExactlyInAnyOrder("'self'", "'unsafe-inline'");
		assertThat(csp.get("img-src")).containsExactlyInAnyOrder("'self'", "data:");
		// the exception does not leak to neighbours of that path
		for (String path : List.of("/api/articles", "/api/docs", "/api/swagger-uix")) {
			assertThat(directives(get(path).headers().firstValue("Content-Security-Policy").orElseThrow())
				.get("style-src")).as(path).containsExactly("'self'");
		}
	}

	/** The strict policy costs nothing: no page has an inline script, style element, style attribute or handler. */
	@Test
	void pagesNeedNoInlineScriptsOrStyles() throws Exception {
		for (Map.Entry<String, Integer> answer : everyKindOfAnswer().entrySet()) {
			HttpResponse<String> response = get(answer.getKey(), "Accept", "text/html");
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document html = Jsoup.parse(response.body());
			String what = answer.getKey();
			assertThat(html.select("script:not([src])")).as(what).isEmpty();
			assertThat(html.select("style")).as(what).isEmpty();
			assertThat(html.select("[style]")).as(what).isEmpty();
			for (Element element : html.getAllElements()) {
				element.attributes().forEach(attribute -> assertThat(attribute.getKey()).as(what).doesNotStartWith("on"));
			}
			assertThat(html.select("[href^=javascript:]")).as(what).isEmpty();
		}
	}

}
