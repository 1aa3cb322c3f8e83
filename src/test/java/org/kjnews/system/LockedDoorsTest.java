package org.kjnews.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Doors that must stay shut on the running server: no database console, no actuator endpoint but health, and
 * error answers (pages, JSON, the feed) that say what went wrong without internals. Same settings as
 * ErrorPagesTest (one context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class LockedDoorsTest {

	/** What a stack trace, an exception or a framework would give away. */
	static final List<String> INTERNALS = List.of("Exception", "exception", "at org.", "at java.", "java.lang",
			"org.springframework", "org.hibernate", "org.kjnews", "trace", "NumberFormat", "Caused by");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void thereIsNoDatabaseConsole() throws Exception {
		for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.do")) {
			assertThat(get(path, "text/html").statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void theActuatorShowsHealthAndNothingElse() throws Exception {
		assertThat(get("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
		for (String endpoint : List.of("env", "beans", "heapdump", "threaddump", "configprops", "mappings",
				"metrics", "loggers", "info", "conditions", "scheduledtasks", "shutdown")) {
			assertThat(get("/actuator/" + endpoint, "application/json").statusCode()).as(endpoint).isEqualTo(404);
		}
		HttpResponse<String> index = get("/actuator", "application/json");
		if (index.statusCode() == 200) {
			List<String> links = List.copyOf(JsonMapper.builder().build().readTree(index.body()).get("_links")
				.propertyNames());
			assertThat(links).allMatch(link -> link.equals("self") || link.startsWith("health"));
		}
		else {
			assertThat(index.statusCode()).isEqualTo(404);
		}
	}

	@Test
	void errorAnswersGiveNoInternalsAway() throws Exception {
		String[][] errors = { { "/articles/no-such-article", "text/html", "404" },
				{ "/no/such/page", "text/html", "404" }, { "/articles?page=abc", "text/html", "400" },
				{ "/articles?year=20x5", "text/html", "400" }, { "/meetings?status=NOPE", "text/html", "400" },
				{ "/no/such/page", "application/json", "404" }, { "/articles?page=abc", "application/json", "400" },
				{ "/api/articles/nope", "application/json", "404" }, { "/api/articles?page=abc", "application/json", "400" },
				{ "/api/meetings?status=NOPE", "application/json", "400" },
				{ "/feed.atom?year=abc", "application/atom+xml", "400" }, { "/feed.atom?year=abc", "*/*", "400" },
				{ "/sitemap-nothing-1.xml", "application/xml", "404" } };
		for (String[] error : errors) {
			HttpResponse<String> response = get(error[0], error[1]);
			String what = error[0] + " as " + error[1];
			assertThat(response.statusCode()).as(what).isEqualTo(Integer.parseInt(error[2]));
			for (String internal : INTERNALS) {
				assertThat(response.body()).as(what).doesNotContain(internal);
			}
		}
		assertThat(Jsoup.parse(get("/articles?year=20x5", "text/html").body()).select("h1").text())
			.isEqualTo("Bad request");
	}

}
