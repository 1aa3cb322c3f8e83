package org.kjnews.article;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages a reader sees, on the five seed articles, checked on what they render. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class ArticlePagesTest {

	@Autowired
	MockMvcTester mvc;

	private Document page(String uri) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	@Test
	void homeShowsTheLatestArticlesAndHowManyThereAre() {
		Document home = page("/");
		assertThat(home.select("main .lead").text()).contains("5 articles").contains("people").contains("organizations");
		assertThat(home.select("aside .entity-list a").eachText()).contains("Chey Tae-won");
		assertThat(home.select(".article-item-title a").eachText()).first()
			.isEqualTo("Chey drives new Korea–Japan economic partnership");
		assertThat(home.select("nav a").eachText()).contains("Articles", "Ingest report");
	}

	@Test
	void listIsNewestFirstWithDatesAtTheirPrecisionAndUndatedNever() {
		Document list = page("/articles");
		assertThat(list.select(".article-item-title a").eachText()).containsExactly(
				"Chey drives new Korea–Japan economic partnership", "Business leaders from Korea and Japan agreed…",
				"Korean business leaders urge closer economic ties with Japan amid U.S.-China rivalry",
				"60 Years of Korea-Japan Relations: Toward Future Cooperation Partners",
				"As President Donald Trump announced a breakthrough trade deal…");
		assertThat(list.select(".article-item time").eachText()).containsExactly("9 December 2025", "December 2025",
				"23 June 2025", "June 2025", "May 2025");
		assertThat(list.select(".article-item .meta").first().text()).contains("Asiatoday");
	}

	@Test
	void pagingLinksKeepTheOtherParameters() {
		Document first = page("/articles?size=2");
		assertThat(first.select(".article-item")).hasSize(2);
		Element next = first.selectFirst(".paging a[rel=next]");
		assertThat(next).isNotNull();
		assertThat(next.attr("href")).isEqualTo("/articles?size=2&page=1");
		assertThat(first.select(".paging").text()).contains("Page 1 of 3");
		Document last = page(next.attr("href").replace("page=1", "page=2"));
		assertThat(last.select(".article-item")).hasSize(1);
		assertThat(last.selectFirst(".paging a[rel=next]")).isNull();
	}

	@Test
	void readerShowsEverythingTheArticleSaysAndNoFurniture() {
		Document reader = page("/articles/003-474c59f4e8a03b7d");
		assertThat(reader.select("h1.reader-title").text())
			.isEqualTo("Korean business leaders urge closer economic ties with Japan amid U.S.-China rivalry");
		assertThat(reader.select(".reader-header .source").text()).isEqualTo("Korea JoongAng Daily");
		assertThat(reader.select(".reader-header time").text()).isEqualTo("23 June 2025");
		assertThat(reader.select(".date-basis").text()).contains("image addresses");
		assertThat(reader.select(".byline").text()).isEqualTo("By Kim Su-min");
		List<Element> figures = reader.select("figure.reader-figure");
		assertThat(figures).hasSize(4);
		assertThat(figures.get(0).select("img").attr("src")).startsWith("https://koreajoongangdaily.joins.com/");
		assertThat(figures.get(0).select(".credit").text()).isEqualTo("Photo: JOINT PRESS CORPS");
		String caption = figures.get(1).select("figcaption span").first().text();
		assertThat(caption).startsWith("Kim Yoon, chairman of the Korea-Japan Economic Association");
		assertThat(reader.select(".reader-body p").eachText()).noneMatch(p -> p.startsWith("Kim Yoon, chairman of"));
		assertThat(reader.text()).doesNotContain("Post a Comment").doesNotContain("No comments")
			.doesNotContain("Translated from the JoongAng Ilbo");
	}

	@Test
	void readerShowsSubheadingsTagsTheBasisOfTheDateAndTheNeighbours() {
		Document reader = page("/articles/000-4356e5f8f044c887");
		assertThat(reader.select("h2.reader-subheading").eachText()).containsExactly(
				"A joint survival strategy for semiconductors, AI, and energy",
				"Chey’s rise as a key player in Korea–Japan economic diplomacy");
		assertThat(reader.select(".tag").eachText()).contains("Chey Tae-won", "energy security");
		assertThat(reader.select(".reader-header time").text()).isEqualTo("9 December 2025");
		assertThat(reader.select(".date-basis").text()).contains("date line in the text");
		// in the reader's language
		assertThat(page("/articles/000-4356e5f8f044c887?lang=ko").select(".date-basis").text()).contains("본문의 날짜 줄");
		assertThat(reader.select(".credit").text()).isEqualTo("Photo: Yonhap News");
		assertThat(reader.text()).doesNotContain("facebook share").doesNotContain("Copyright by");
		assertThat(reader.selectFirst(".neighbours a.newer")).isNull();
		assertThat(reader.select(".neighbours a.older").attr("href")).isEqualTo("/articles/001-d6f14f654dc4097d");
	}

	@Test
	void anArticleWithoutHeadlineSaysItsTitleIsDerived() {
		assertThat(page("/articles/001-d6f14f654dc4097d?lang=ja").select(".quiet-note li").eachText())
			.contains("ファイルに見出しがないため、リードから題名を取りました。");
		assertThat(mvc.get().uri("/api/articles/001-d6f14f654dc4097d")).bodyJson()
			.extractingPath("$.warnings")
			.asArray()
			.contains("The file has no headline; the title is taken from the lead.");
		Document reader = page("/articles/001-d6f14f654dc4097d");
		assertThat(reader.select("h1.reader-title").text()).isEqualTo("Business leaders from Korea and Japan agreed…");
		assertThat(reader.select(".reader-header .quiet-note").text()).contains("no headline");
		assertThat(reader.select(".date-basis").text()).contains("Not stated in the text");
		assertThat(reader.select(".reader-header .source").text()).isEqualTo("Source unknown");
	}

	@Test
	void aMissingArticleIsA404() {
		assertThat(mvc.get().uri("/articles/no-such-article").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anyQueryStringIsAnswered() throws Exception {
		String manyWords = String.join(" ", java.util.Collections.nCopies(1100, "word"));
		assertThat(mvc.get().uri("/articles").param("q", manyWords).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/articles").param("q", "a*".repeat(1000)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/articles").param("q", "\"unclosed ( [ \\ ~ ^ AND OR").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/articles").param("q", "x".repeat(5000)).exchange()).hasStatusOk();
		// one long "word" of two letters in turn: too complex for a fuzzy spelling lookup, which is not tried
		assertThat(mvc.get().uri("/articles").param("q", "한국".repeat(2500)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/articles").param("q", "ab".repeat(2500)).exchange()).hasStatusOk();
		// a control character is not echoed into the page
		var nul = mvc.get().uri("/articles").param("q", "korea\u0000japan").exchange();
		assertThat(nul).hasStatusOk();
		assertThat(nul.getResponse().getContentAsString()).doesNotContain("\u0000").contains("korea japan");
	}

	@Test
	void aSearchLongerThanTheLimitSaysOnlyItsBeginningWasUsed() throws Exception {
		String words = String.join(" ", java.util.Collections.nCopies(120, "korea japan"));
		MvcTestResult result = mvc.get().uri("/articles").param("q", words).exchange();
		assertThat(result).hasStatusOk();
		Document cut = Html.of(result);
		assertThat(cut.select(".shortened").text()).isEqualTo("Only the first 500 characters of the search were used.");
		// cut between words, not inside one: what is left still finds the articles about Korea and Japan
		assertThat(cut.select(".chips").text()).containsPattern("“(korea japan ?)+(korea)?” ×");
		assertThat(cut.select(".empty")).isEmpty();
		Document whole = page("/articles?q=korea+japan");
		assertThat(whole.select(".shortened")).isEmpty();
	}

	@Test
	void badPagingIsA400OrClampedNeverA500() {
		assertThat(mvc.get().uri("/articles?page=abc").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/articles?size=x").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/articles?page=-4&size=-1").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/articles?page=999999999").exchange()).hasStatusOk();
		// past the end: said, and the way to the last page and the first, filters kept
		Document past = page("/articles?page=99&size=2&source=Asiatoday");
		assertThat(past.select(".empty").text()).isEqualTo("This page is past the end of the list.");
		assertThat(past.select(".paging").text()).contains("The list ends on page 1.");
		assertThat(past.select(".paging a").eachAttr("href")).containsExactly("/articles?page=0&size=2&source=Asiatoday");
		// within the list, first and last are offered from afar
		Document second = page("/articles?page=1&size=1");
		assertThat(second.select(".paging a").eachText()).containsExactly("Previous", "Next", "Last page");
		assertThat(page("/articles?page=3&size=1").select(".paging a").eachText()).containsExactly("First page",
				"Previous", "Next");
	}

	@Test
	void anArticleOpenedFromASearchLeadsBackToItsResults() {
		Document results = page("/articles?q=battery&year=2025");
		String href = results.select(".article-item-title a").first().attr("href");
		assertThat(href).contains("from=");
		// as the browser sends it: the search decoded from the link's parameter
		String from = java.net.URLDecoder.decode(href.substring(href.indexOf("from=") + 5),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(from).isEqualTo("q=battery&year=2025");
		Document article = Html.of(mvc.get().uri(href.substring(0, href.indexOf('?'))).param("from", from).exchange());
		assertThat(article.select(".back-to-results a").attr("href")).isEqualTo("/articles?q=battery&year=2025");
		// for search engines the article has one address, without the search
		assertThat(article.select("link[rel=canonical]").attr("href")).isEqualTo(href.substring(0, href.indexOf('?')));
		// opened otherwise, no way back to show
		assertThat(page(href.substring(0, href.indexOf('?'))).select(".back-to-results")).isEmpty();
		assertThat(page("/").select(".article-item-title a").eachAttr("href")).noneMatch(h -> h.contains("from="));
	}

	@Test
	void theSearchFormSaysWhatCanBeTyped() {
		Document page = page("/articles");
		assertThat(page.select(".search-tips summary").text()).isEqualTo("Search tips");
		assertThat(page.select(".search-tips code").eachText()).contains("\"economic alliance\"", "hydrogen OR ammonia",
				"-Japan", "semicond*");
		assertThat(page("/articles?lang=ja").select(".search-tips summary").text()).isEqualTo("検索のヒント");
	}

	@Test
	void aBadParameterPageNamesTheParameterAndWhatItTakes() {
		var sort = mvc.get().uri("/articles?q=korea&sort=dat").exchange();
		assertThat(sort).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.of(sort).select(".bad-parameter").text()).contains("“sort”", "relevance, date");
		var year = mvc.get().uri("/articles?year=abc").exchange();
		assertThat(year).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.of(year).select(".bad-parameter").text()).contains("“year”", "whole number");
		var twice = mvc.get().uri("/articles?source=A&source=B").exchange();
		assertThat(twice).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.of(twice).select(".bad-parameter").text()).contains("“source”", "more than once");
		// in the reader's language
		assertThat(Html.of(mvc.get().uri("/articles?year=abc&lang=ko").exchange()).select(".bad-parameter").text())
			.contains("“year”", "정수");
	}

	@Test
	void anUnknownSortIsA400RatherThanTheDefault() {
		assertThat(mvc.get().uri("/articles?q=korea&sort=dat").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/articles?sort=title").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Parameter 'sort' takes one of relevance, date.");
		assertThat(mvc.get().uri("/articles?q=korea&sort=date").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/articles?q=korea&sort=relevance").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/people?sort=age").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/organizations?sort=size").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/organizations?sort=name").exchange()).hasStatusOk();
	}

	@Test
	void aParameterThatTakesOneValueGivenTwiceIsA400() {
		assertThat(mvc.get().uri("/articles?source=Asiatoday&source=Yonhap").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/articles?q=a&q=b")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Parameter 'q' is given more than once.");
		assertThat(mvc.get().uri("/meetings?year=2024&year=2025").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		// people and organizations combine
		assertThat(mvc.get().uri("/articles?person=chey-tae-won&person=kobayashi-ken").exchange()).hasStatusOk();
	}

	@Test
	void aSearchWithoutHitsSaysSoAndSuggestsWhatFits() {
		Document none = Html.of(mvc.get().uri("/articles").param("q", "zzzxqy korea").exchange());
		assertThat(none.select(".results-heading").text()).isEqualTo("No matching articles");
		assertThat(none.select(".list-controls")).as("no order to choose among nothing").isEmpty();
		assertThat(none.select(".empty p").text()).isEqualTo("No article matches “zzzxqy korea”.");
		assertThat(none.select(".empty-hints li").eachText()).containsExactly(
				"Check the spelling, or try another form of a name.", "Try fewer or more general words.");
		// with a filter too: a way to search every article for the same words
		Document filtered = page("/articles?q=zzzxqy&year=2025");
		assertThat(filtered.select(".empty-hints a").eachAttr("href")).containsExactly("/articles?q=zzzxqy");
		assertThat(page("/articles?q=zzzxqy&lang=ko").select(".results-heading").text()).isEqualTo("조건에 맞는 기사가 없습니다");
		// words Thymeleaf would read as false are words like any other
		for (String word : new String[] { "off", "no", "false" }) {
			Document searched = page("/articles?q=" + word);
			assertThat(searched.select(".chips .chip span").first().text()).isEqualTo("“" + word + "”");
			assertThat(searched.select(".results-heading").text()).doesNotContain("newest first");
		}
	}

}
