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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in English, Korean and Japanese, through the running server (its filters and page cache included):
 * chosen in the address, remembered in a cookie, else the browser's language; dates in the reader's language.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class LanguagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Document html(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	@Test
	void aLanguageChosenInTheAddressIsUsedAndRemembered() throws Exception {
		HttpResponse<String> response = get("/?lang=ko");
		Document page = html(response);
		assertThat(page.select("html").attr("lang")).isEqualTo("ko");
		assertThat(page.select("nav a").eachText()).contains("기사", "인물", "기관", "회의");
		assertThat(page.select(".lang-switch a[aria-current=true]").text()).isEqualTo("한국어");
		assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("kjnews-lang=ko"));

		Document remembered = html(get("/articles", "Cookie", "kjnews-lang=ja"));
		assertThat(remembered.select("html").attr("lang")).isEqualTo("ja");
		assertThat(remembered.select("h1").text()).isEqualTo("記事");
		assertThat(remembered.select("time").eachText()).isNotEmpty()
			.allMatch(t -> t.matches("\\d{4}年(\\d{1,2}月(\\d{1,2}日)?)?"));
	}

	@Test
	void withoutAChoiceTheBrowsersLanguageIsUsedElseEnglish() throws Exception {
		Document korean = html(get("/articles", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5"));
		assertThat(korean.select("html").attr("lang")).isEqualTo("ko");
		assertThat(korean.select("time").eachText()).isNotEmpty()
			.allMatch(t -> t.matches("\\d{4}년( \\d{1,2}월( \\d{1,2}일)?)?"));
		Document french = html(get("/articles", "Accept-Language", "fr-FR,fr;q=0.9"));
		assertThat(french.select("html").attr("lang")).isEqualTo("en");
		assertThat(french.select("time").eachText()).anyMatch(t -> t.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"));
	}

	@Test
	void anUnknownLanguageIsIgnoredNotAnError() throws Exception {
		HttpResponse<String> response = get("/?lang=xx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(html(response).select("html").attr("lang")).isEqualTo("en");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kjnews-lang"));
	}

	@Test
	void aBrokenOrForeignLanguageCookieIsIgnored() throws Exception {
		HttpResponse<String> broken = get("/articles", "Cookie", "kjnews-lang=ko!");
		assertThat(broken.statusCode()).isEqualTo(200);
		assertThat(html(get("/articles", "Cookie", "kjnews-lang=fr")).select("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void theSwitchOnAnErrorPageLeadsToTheSameAddressInAnotherLanguage() throws Exception {
		Document missing = html(get("/articles/no-such-article"));
		assertThat(missing.select(".lang-switch a[lang=ko]").attr("href")).isEqualTo("/articles/no-such-article?lang=ko");
		HttpResponse<String> korean = get("/articles/no-such-article?lang=ko");
		assertThat(korean.statusCode()).isEqualTo(404);
		assertThat(html(korean).select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
	}

	@Test
	void theCachedPageOfOneLanguageIsNeverServedInAnother() throws Exception {
		HttpResponse<String> english = get("/people");
		assertThat(html(english).select("h1").text()).isEqualTo("People");
		assertThat(english.headers().firstValue("Vary").orElse("")).contains("Cookie").contains("Accept-Language");
		assertThat(english.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-cache");
		assertThat(html(get("/people", "Cookie", "kjnews-lang=ko")).select("h1").text()).isEqualTo("인물");
		assertThat(html(get("/people", "Cookie", "kjnews-lang=ja")).select("h1").text()).isEqualTo("人物");
		assertThat(html(get("/people")).select("h1").text()).isEqualTo("People");
	}

	@Test
	void theSwitchKeepsTheViewAndErrorAndReportPagesSpeakTheLanguageToo() throws Exception {
		Document filtered = html(get("/articles?year=2025&sort=date"));
		assertThat(filtered.select(".lang-switch a[lang=ja]").attr("href")).contains("year=2025")
			.contains("sort=date")
			.contains("lang=ja");
		Document report = html(get("/ingest", "Cookie", "kjnews-lang=ja"));
		assertThat(report.select(".ingest-table td").eachText()).contains("読み込みました。");
		HttpResponse<String> missing = get("/articles/no-such-article", "Cookie", "kjnews-lang=ko");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(html(missing).select("h1").text()).isEqualTo("페이지를 찾을 수 없습니다");
	}

}
