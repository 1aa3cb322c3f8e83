package org.kjnews.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure inside the application (provoked by a controller that exists only in this test) is a plain 500 page or
 * JSON error with the security headers, never the exception, its message or a stack trace.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@Import({ ServerErrorTest.FailingPage.class, ServerErrorTest.FailingApi.class })
class ServerErrorTest {

	static final String SECRET = "secret detail of jdbc:h2:file:/srv/data";

	@Controller
	static class FailingPage {

		@GetMapping("/test/failing-page")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/test/failing")
		String fail() {
			throw new IllegalStateException(SECRET);
		}

	}

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
	void aFailureIsA500PageWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/test/failing-page", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).isEqualTo("Something went wrong on our side");
		assertThat(response.body()).doesNotContain(SECRET).doesNotContain("IllegalState");
		LockedDoorsTest.INTERNALS.forEach(internal -> assertThat(response.body()).doesNotContain(internal));
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void aFailureOfTheApiIsA500JsonWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/api/test/failing", "application/json");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("500").doesNotContain(SECRET).doesNotContain("IllegalState");
		LockedDoorsTest.INTERNALS.forEach(internal -> assertThat(response.body()).doesNotContain(internal));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

}
