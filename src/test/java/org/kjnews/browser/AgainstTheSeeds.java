package org.kjnews.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The application on a real port with the articles in {@code seeds/}, shared by the browser tests (one Spring context
 * for all of them: the same configuration as the other server tests).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
abstract class AgainstTheSeeds {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	HttpResponse<String> get(String path, String accept) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode api(String path) {
		return JSON.readTree(get(path, "application/json").body());
	}

	/**
	 * One address of every kind of page, by name. The slugs come from the JSON API, so the list follows the seeds: the
	 * first article, person and organization, and the latest meeting of a series with participants.
	 */
	Map<String, String> everyKindOfPage() {
		String article = api("/api/articles?size=1").path("items").path(0).path("slug").asString();
		String person = api("/api/people?size=1").path("items").path(0).path("slug").asString();
		String organization = api("/api/organizations?size=1").path("items").path(0).path("slug").asString();
		JsonNode meeting = null;
		for (JsonNode m : api("/api/meetings?size=500").path("items")) {
			if (!m.path("series").isNull() && !m.path("participants").isEmpty()) {
				meeting = m;
			}
		}
		if (meeting == null) {
			throw new IllegalStateException("the seeds should report a meeting of a series with participants");
		}
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("articles", "/articles");
		pages.put("search", "/articles?q=semiconductor&person=" + person + "&year=2025");
		pages.put("article", "/articles/" + article);
		pages.put("people", "/people");
		pages.put("person", "/people/" + person);
		pages.put("organizations", "/organizations");
		pages.put("organization", "/organizations/" + organization);
		pages.put("timeline", "/meetings");
		pages.put("series", "/meetings/series/" + meeting.path("series").path("slug").asString());
		pages.put("meeting", "/meetings/" + meeting.path("slug").asString());
		pages.put("ingest", "/ingest");
		pages.put("not-found", "/no/such/page");
		// last, as the language chosen stays in a cookie: pages in the other languages
		pages.put("search in Korean", "/articles?q=semiconductor&lang=ko");
		pages.put("timeline in Japanese", "/meetings?lang=ja");
		return pages;
	}

}
