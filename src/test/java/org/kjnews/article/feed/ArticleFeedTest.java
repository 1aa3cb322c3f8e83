package org.kjnews.article.feed;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.kjnews.Xml;
import org.kjnews.article.ArticleCatalog;
import org.kjnews.article.ArticleSummary;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed as a feed reader gets it: parsed, entry by entry, and against the list it mirrors. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class ArticleFeedTest {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleCatalog catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	private Xml feed(String uri) {
		MvcTestResult result = mvc.get().uri(uri).accept(ATOM).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		return Xml.parse(result.getResponse().getContentAsByteArray());
	}

	/** The slugs the JSON list gives for the same filter, newest first. */
	private List<String> listed(String query) throws Exception {
		MvcTestResult result = mvc.get().uri("/api/articles?sort=date&size=500&" + query).exchange();
		assertThat(result).hasStatusOk();
		JsonNode items = json.readTree(result.getResponse().getContentAsString()).get("items");
		List<String> slugs = new ArrayList<>();
		items.forEach(item -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	private static List<String> entrySlugs(Xml feed) {
		return feed.texts("/atom:feed/atom:entry/atom:link[@rel='alternate']/@href")
			.stream()
			.map(href -> href.substring(href.lastIndexOf('/') + 1))
			.toList();
	}

	@Test
	void theLatestArticlesNewestFirstWithWhatAReaderNeeds() throws Exception {
		Xml feed = feed("/feed.atom");
		assertThat(feed.nodes("/atom:feed")).hasSize(1);
		assertThat(feed.text("/atom:feed/atom:title")).isEqualTo("KJ News: latest articles");
		assertThat(feed.text("/atom:feed/atom:id")).isEqualTo("http://localhost/feed.atom");
		assertThat(feed.text("/atom:feed/atom:link[@rel='self']/@href")).isEqualTo("http://localhost/feed.atom");
		assertThat(feed.text("/atom:feed/atom:link[@rel='alternate']/@href")).isEqualTo("http://localhost/articles");
		assertThat(feed.text("/atom:feed/atom:author/atom:name")).isEqualTo("KJ News");
		OffsetDateTime.parse(feed.text("/atom:feed/atom:updated"));

		assertThat(feed.texts("/atom:feed/atom:entry/atom:title")).containsExactly(
				"Chey drives new Korea–Japan economic partnership", "Business leaders from Korea and Japan agreed…",
				"Korean business leaders urge closer economic ties with Japan amid U.S.-China rivalry",
				"60 Years of Korea-Japan Relations: Toward Future Cooperation Partners",
				"As President Donald Trump announced a breakthrough trade deal…");
		assertThat(entrySlugs(feed)).isEqualTo(listed(""));

		Map<String, ArticleSummary> bySlug = catalog.list(new Paging(0, 500))
			.items()
			.stream()
			.collect(Collectors.toMap(ArticleSummary::slug, a -> a));
		for (Node entry : feed.nodes("/atom:feed/atom:entry")) {
			String link = feed.text(entry, "atom:link[@rel='alternate']/@href");
			assertThat(link).startsWith("http://localhost/articles/");
			assertThat(feed.text(entry, "atom:link[@rel='alternate']/@type")).isEqualTo("text/html");
			assertThat(feed.text(entry, "atom:id")).isEqualTo(link);
			OffsetDateTime.parse(feed.text(entry, "atom:updated"));
			ArticleSummary article = bySlug.get(link.substring(link.lastIndexOf('/') + 1));
			// plain text, escaped by the XML and read back unchanged (quotes, dashes, ellipses)
			assertThat(feed.text(entry, "atom:summary/@type")).isEqualTo("text");
			assertThat(feed.text(entry, "atom:summary")).isEqualTo(article.lead());
			if (article.source() != null) {
				assertThat(feed.texts("/atom:feed/atom:entry[atom:id='" + link + "']/atom:author/atom:name"))
					.contains(article.source());
			}
		}
		// a day is a published date; a month alone is not turned into one
		assertThat(feed.text("/atom:feed/atom:entry[1]/atom:published")).startsWith("2025-12-09T");
		assertThat(feed.nodes("/atom:feed/atom:entry[2]/atom:published")).isEmpty();
		assertThat(feed.texts("/atom:feed/atom:entry/atom:author/atom:name")).contains("Kim Su-min",
				"Korea JoongAng Daily");
	}

	@Test
	void aFilteredFeedHoldsWhatTheFilteredListHoldsAndSaysWhatItIs() throws Exception {
		Map<String, String> titles = Map.of("person=chey-tae-won", "naming Chey Tae-won", "source=Asiatoday",
				"from Asiatoday", "year=2025", "published in 2025", "q=semiconductor", "matching “semiconductor”",
				"organization=korea-chamber-of-commerce-and-industry",
				"naming Korea Chamber of Commerce and Industry");
		for (Map.Entry<String, String> filter : titles.entrySet()) {
			Xml feed = feed("/feed.atom?" + filter.getKey());
			assertThat(feed.text("/atom:feed/atom:title")).as(filter.getKey())
				.startsWith("KJ News: articles ")
				.contains(filter.getValue());
			assertThat(entrySlugs(feed)).as(filter.getKey()).isNotEmpty().isEqualTo(listed(filter.getKey()));
			assertThat(feed.text("/atom:feed/atom:link[@rel='self']/@href"))
				.isEqualTo("http://localhost/feed.atom?" + filter.getKey());
		}
		Xml combined = feed("/feed.atom?year=2025&person=chey-tae-won&q=korea");
		assertThat(combined.text("/atom:feed/atom:title"))
			.isEqualTo("KJ News: articles matching “korea”, naming Chey Tae-won, published in 2025");
		assertThat(entrySlugs(combined)).isEqualTo(listed("q=korea&person=chey-tae-won&year=2025"));
		// one filter, one address: the self link puts the parameters in a fixed order
		assertThat(combined.text("/atom:feed/atom:link[@rel='self']/@href"))
			.isEqualTo("http://localhost/feed.atom?q=korea&person=chey-tae-won&year=2025");
		assertThat(combined.text("/atom:feed/atom:link[@rel='alternate']/@href"))
			.isEqualTo("http://localhost/articles?q=korea&person=chey-tae-won&year=2025&sort=date");

		Xml nobody = feed("/feed.atom?person=no-such-person");
		assertThat(nobody.nodes("/atom:feed/atom:entry")).isEmpty();
		OffsetDateTime.parse(nobody.text("/atom:feed/atom:updated"));
	}

	@Test
	void aBadParameterIsA400LikeTheListPage() {
		assertThat(mvc.get().uri("/feed.atom?year=abc").accept(ATOM).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/articles?year=abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void controlCharactersXmlCannotHoldNeverBreakTheFeed() {
		Xml feed = feed("/feed.atom?q=korea%01&source=Asia%07today");
		assertThat(feed.text("/atom:feed/atom:title")).contains("korea").doesNotContain("\u0001");
	}

	@Test
	void theHomeAndListPagesLinkToTheFeedOfWhatTheyShow() {
		Document home = Html.of(mvc.get().uri("/").exchange());
		assertThat(home.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom");

		Document list = Html.of(mvc.get().uri("/articles?person=chey-tae-won&q=korea&page=0").exchange());
		String href = list.select("head link[rel=alternate][type=application/atom+xml]").attr("href");
		assertThat(href).isEqualTo("/feed.atom?q=korea&person=chey-tae-won");
		assertThat(list.select("main .feed-link a").attr("href")).isEqualTo(href);
		assertThat(list.select("main .feed-link a").text()).isEqualTo("Atom feed of this list");
		assertThat(feed(href).text("/atom:feed/atom:title")).contains("naming Chey Tae-won");
	}

	@Test
	void theFeedAnswersConditionalRequests() {
		MvcTestResult first = mvc.get().uri("/feed.atom?source=Asiatoday").accept(ATOM).exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
		assertThat(mvc.get().uri("/feed.atom?source=Asiatoday").accept(ATOM).header("If-None-Match", etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

}
