package org.kjnews.sitemap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.kjnews.Xml;
import org.kjnews.system.ArchiveVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap as a search engine reads it: every page a reader can reach, with absolute addresses from the
 * request, in a few queries whatever the size; and robots.txt pointing to it. Same settings as QueryCountTest,
 * so the two share one application context.
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
class SitemapTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Sitemaps sitemaps;

	@Autowired
	ArchiveVersion archive;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private final JsonMapper json = JsonMapper.builder().build();

	private Xml xml(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		return Xml.parse(result.getResponse().getContentAsByteArray());
	}

	/** Every page the JSON API knows of, as the addresses of their pages. */
	private Set<String> everyPage(String base) throws Exception {
		Set<String> pages = new HashSet<>(
				List.of(base + "/", base + "/articles", base + "/people", base + "/organizations", base + "/meetings"));
		for (JsonNode a : items("/api/articles")) {
			pages.add(base + "/articles/" + a.get("slug").asString());
		}
		for (JsonNode p : items("/api/people")) {
			pages.add(base + "/people/" + p.get("slug").asString());
		}
		for (JsonNode o : items("/api/organizations")) {
			pages.add(base + "/organizations/" + o.get("slug").asString());
		}
		for (JsonNode m : items("/api/meetings")) {
			pages.add(base + "/meetings/" + m.get("slug").asString());
			if (!m.get("series").isNull()) {
				pages.add(base + "/meetings/series/" + m.get("series").get("slug").asString());
			}
		}
		return pages;
	}

	private List<JsonNode> items(String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(uri + "?size=500").exchange();
		List<JsonNode> items = new ArrayList<>();
		json.readTree(result.getResponse().getContentAsString()).get("items").forEach(items::add);
		assertThat(items).as(uri).isNotEmpty();
		return items;
	}

	@Test
	void theSitemapListsEveryPageWithAbsoluteAddressesAndDates() throws Exception {
		Xml sitemap = xml("/sitemap.xml");
		assertThat(sitemap.nodes("/sm:urlset")).hasSize(1);
		List<String> locs = sitemap.texts("/sm:urlset/sm:url/sm:loc");
		assertThat(locs).doesNotHaveDuplicates();
		assertThat(new HashSet<>(locs)).isEqualTo(everyPage("http://localhost"));
		for (Node url : sitemap.nodes("/sm:urlset/sm:url")) {
			String loc = sitemap.text(url, "sm:loc");
			String lastmod = sitemap.text(url, "sm:lastmod");
			if (loc.contains("/articles/") || loc.contains("/meetings/") && !loc.contains("/series/")) {
				assertThat(lastmod).as(loc).isNotEmpty();
			}
			if (!lastmod.isEmpty()) {
				assertThat(Instant.parse(lastmod)).as(loc).isBefore(Instant.now().plusSeconds(1));
			}
		}
	}

	@Test
	void addressesAreMadeFromTheHostAskedFor() throws Exception {
		MvcTestResult result = mvc.get().uri("/sitemap.xml").with(request -> {
			request.setScheme("https");
			request.setServerName("news.example.org");
			request.setServerPort(443);
			return request;
		}).exchange();
		assertThat(result).hasStatusOk();
		List<String> locs = Xml.parse(result.getResponse().getContentAsByteArray()).texts("//sm:loc");
		// not the copy the page cache keeps for http://localhost
		assertThat(new HashSet<>(locs)).isEqualTo(everyPage("https://news.example.org"));
	}

	@Test
	void aLargeArchiveGetsAnIndexOfPartsThatTogetherListEveryPage() throws Exception {
		// with 10 addresses a file, the seeds' pages no longer fit in one: /sitemap.xml becomes an index
		int perFile = 10;
		Xml index = Xml.parse(sitemaps.root("http://localhost", perFile));
		assertThat(index.nodes("/sm:sitemapindex")).hasSize(1);
		List<String> parts = index.texts("/sm:sitemapindex/sm:sitemap/sm:loc");
		assertThat(parts).contains("http://localhost/sitemap-lists-1.xml", "http://localhost/sitemap-articles-1.xml",
				"http://localhost/sitemap-people-2.xml");
		Set<String> listed = new HashSet<>();
		for (String part : parts) {
			// each part sits at the root: a sitemap may only list addresses under its own folder
			assertThat(part).matches("http://localhost/sitemap-[a-z]+-[0-9]+\\.xml");
			String[] name = part.substring("http://localhost/sitemap-".length(), part.length() - 4).split("-");
			byte[] body = sitemaps.part("http://localhost", name[0], Integer.parseInt(name[1]), perFile).orElseThrow();
			List<String> locs = Xml.parse(body).texts("/sm:urlset/sm:url/sm:loc");
			assertThat(locs).hasSizeBetween(1, perFile);
			listed.addAll(locs);
		}
		assertThat(listed).isEqualTo(everyPage("http://localhost"));
		assertThat(sitemaps.part("http://localhost", "people", 99, perFile)).isEmpty();
	}

	@Test
	void partsAreServedAndUnknownPartsAre404() {
		assertThat(xml("/sitemap-articles-1.xml").texts("//sm:loc")).hasSize(5);
		assertThat(mvc.get().uri("/sitemap-articles-2.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/sitemap-nothing-1.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/sitemap-articles-0.xml").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theSitemapCostsAFewQueriesWhateverItHolds() {
		archive.changed(); // rendered again, not taken from the page cache
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(mvc.get().uri("/sitemap.xml").exchange()).hasStatusOk();
		// six counts and six pages of slugs, for about ninety addresses
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(13);
	}

	@Test
	void robotsTxtPointsToTheSitemap() throws Exception {
		MvcTestResult result = mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).contains("User-agent: *", "Sitemap: http://localhost/sitemap.xml", "Disallow: /api/");
		assertThat(xml("/sitemap.xml").nodes("//sm:url")).isNotEmpty();
	}

}
