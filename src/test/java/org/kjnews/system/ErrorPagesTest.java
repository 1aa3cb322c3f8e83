package org.kjnews.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as a browser gets them from the running server: helpful, in plain words, without internals. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class ErrorPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	@Test
	void aMissingArticleIsA404PageWithAWayBack() throws Exception {
		HttpResponse<String> response = page("/articles/no-such-article");
		assertThat(response.statusCode()).isEqualTo(404);
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).isEqualTo("Page not found");
		assertThat(html.select("main a").eachAttr("href")).contains("/", "/articles");
		assertThat(html.select("nav a").eachText()).contains("Articles");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void anUnknownAddressIsThe404PageToo() throws Exception {
		HttpResponse<String> response = page("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aParameterGivenTwiceOrWithAControlCharacterIsThe400PageNamingIt() throws Exception {
		for (String path : new String[] { "/articles?source=A&source=B", "/meetings?person=a&person=b",
				"/articles?source=A%00B", "/meetings?organization=x%01" }) {
			HttpResponse<String> response = page(path);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			Document html = Jsoup.parse(response.body());
			assertThat(html.select("h1").text()).as(path).isEqualTo("Bad request");
			assertThat(html.select(".bad-parameter").text()).as(path).containsAnyOf("“source”", "“person”",
					"“organization”");
			assertThat(response.body()).as(path).doesNotContain("\u0000");
		}
		// parameters that combine, and parameters nothing reads, may repeat
		assertThat(page("/articles?person=chey-tae-won&person=kobayashi-ken").statusCode()).isEqualTo(200);
		assertThat(page("/articles?utm_source=a&utm_source=b").statusCode()).isEqualTo(200);
	}

	@Test
	void aMethodThatIsNotTakenIsA405ProblemFromTheApiAndA405PageElsewhere() throws Exception {
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
		assertThat(api.body()).contains("\"status\":405").contains("POST");
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles"))
			.header("Accept", "text/html")
			.DELETE()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(Jsoup.parse(page.body()).select("main a").eachAttr("href")).contains("/");
	}

	@Test
	void aBadPageNumberIsA400PageNotA500() throws Exception {
		HttpResponse<String> response = page("/articles?page=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Bad request");
	}

	/** 5,000 characters, mostly Korean, are over 30 kB in a URL: past Tomcat's default 8 kB, which answered a bare 400. */
	@Test
	void aQueryOf5000CharactersOfAnyScriptIsAnswered() throws Exception {
		String q = URLEncoder.encode("한일경제협력 \"*\\(".repeat(500), StandardCharsets.UTF_8);
		assertThat(q.length()).isGreaterThan(30_000);
		HttpResponse<String> response = page("/articles?q=" + q);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Articles");
		assertThat(get("/api/articles?q=" + q, "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAnswersErrorsInJson() throws Exception {
		HttpResponse<String> response = get("/api/articles/nope", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("No article 'nope'");
	}

	@Test
	void onlyTheHealthEndpointIsExposedAndThereIsNoDatabaseConsole() throws Exception {
		assertThat(get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/env", "application/json").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/beans", "application/json").statusCode()).isEqualTo(404);
		assertThat(page("/h2-console").statusCode()).isEqualTo(404);
	}

}
