package org.kjnews.search;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader expects of search on the seeds, whatever the backend: stems, phrases, a spelling correction from the
 * archive's own words, facet counts that agree with the database, names above the hits. Run on Lucene by
 * {@link LuceneSearchTest} and on a real OpenSearch node by {@link ElasticsearchProfileTest}.
 */
abstract class SearchAnswers {

	static final String BATTERIES_000 = "000-4356e5f8f044c887";

	static final String BATTERIES_004 = "004-133d51a59ae2b9bf";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArticleSearch search;

	@Autowired
	DataSource dataSource;

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	/** By name, the people and organization lists keep one order whether a search narrows them or not. */
	@Test
	void byNameAListKeepsOneOrderWithAndWithoutASearch() throws UnsupportedEncodingException {
		for (String search : new String[] { "/api/people?q=park OR kim OR lee", "/api/organizations?q=korea OR japan" }) {
			String list = search.substring(0, search.indexOf('?'));
			List<String> all = slugs(mvc.get().uri(list + "?sort=name&size=500"));
			List<String> found = slugs(mvc.get().uri(search + "&sort=name&size=500"));
			assertThat(found).as(list).isNotEmpty().hasSizeLessThan(all.size());
			assertThat(all).as(list).containsSubsequence(found);
		}
	}

	/** A page far past the end, as deep as the application pages (Elasticsearch refuses past 10,000 by default). */
	@Test
	void aPageFarPastTheEndIsEmptyOnEveryBackend() {
		for (String uri : new String[] { "/api/articles?page=49999", "/api/articles?q=battery&page=49999",
				"/api/people?q=kim&page=49999", "/api/organizations?q=chamber&page=49999" }) {
			assertThat(mvc.get().uri(uri)).as(uri).hasStatusOk().bodyJson().extractingPath("$.items").asArray().isEmpty();
		}
		assertThat(page("/articles?q=battery&page=49999").select(".past-end").text()).contains("page 1");
		page("/people?q=kim&page=49999"); // a 200, not the cluster's refusal
	}

	@Test
	void aWordFindsItsOtherFormsAndTheMatchIsMarked() {
		assertThat(mvc.get().uri("/api/articles?q=battery")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].slug")
			.asArray()
			.containsExactlyInAnyOrder(BATTERIES_000, BATTERIES_004);
		assertThat(page("/articles?q=battery").select(".snippet mark").eachText()).isNotEmpty()
			.allSatisfy(marked -> assertThat(marked).containsIgnoringCase("batter"));
		// the API says why each article matched too, marked the same way; without words there is nothing to say
		assertThat(mvc.get().uri("/api/articles?q=battery")).bodyJson()
			.extractingPath("$.items[*].snippet")
			.asArray()
			.isNotEmpty()
			.allSatisfy(snippet -> assertThat((String) snippet).containsIgnoringCase("<mark>batter"));
		assertThat(mvc.get().uri("/api/articles")).bodyJson()
			.extractingPath("$.items[*].snippet")
			.asArray()
			.containsOnlyNulls();
	}

	@Test
	void theQueryChipShowsWordsInTheReadersQuotesAndAPhraseAsTyped() {
		assertThat(page("/articles?q=battery").select(".chips .chip span").first().text()).isEqualTo("“battery”");
		assertThat(page("/articles?q=battery&lang=ja").select(".chips .chip span").first().text())
			.isEqualTo("「battery」");
		var phrase = mvc.get().uri("/articles").param("q", "\"procurement of LNG\"").exchange();
		assertThat(Html.of(phrase).select(".chips .chip span").first().text()).isEqualTo("\"procurement of LNG\"");
	}

	@Test
	void aQuotedPhraseMatchesOnlyInItsOrder() {
		assertThat(mvc.get().uri("/api/articles").param("q", "\"procurement of LNG\"")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].slug")
			.asArray()
			.containsExactly(BATTERIES_000);
		// the same words, not as a phrase: found; as a phrase in another order: nothing
		assertThat(mvc.get().uri("/api/articles").param("q", "LNG of procurement")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].slug")
			.asArray()
			.contains(BATTERIES_000);
		assertThat(mvc.get().uri("/api/articles").param("q", "\"LNG of procurement\"")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.totalItems")
			.isEqualTo(0);
	}

	@Test
	void aMisspellingIsCorrectedFromTheArchivesOwnWords() {
		Document corrected = page("/articles?q=Keidanen");
		// the correction keeps the case it was typed in
		assertThat(corrected.select(".corrected").text()).contains("Keidanen", "Keidanren");
		assertThat(corrected.select(".article-item")).isNotEmpty();
		assertThat(mvc.get().uri("/api/articles?q=Keidanen")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].slug")
			.asArray()
			.contains("002-eafb4e73a82f583d");
		// the API says so too
		assertThat(mvc.get().uri("/api/articles?q=Keidanen")).bodyJson().extractingPath("$.correctedFrom")
			.isEqualTo("Keidanen");
		assertThat(mvc.get().uri("/api/articles?q=Keidanen")).bodyJson().extractingPath("$.query")
			.isEqualTo("Keidanren");
		assertThat(mvc.get().uri("/api/articles?q=Keidanren")).bodyJson().extractingPath("$.correctedFrom").isNull();
		// a word the archive holds is left alone
		assertThat(page("/articles?q=Keidanren").select(".corrected")).isEmpty();
		// in a quoted phrase the words are corrected and the phrase stays a phrase
		var phrase = assertThat(mvc.get().uri("/api/articles").param("q", "\"economic aliance\"")).hasStatusOk()
			.bodyJson();
		phrase.extractingPath("$.correctedFrom").isEqualTo("\"economic aliance\"");
		phrase.extractingPath("$.query").isEqualTo("\"economic alliance\"");
		phrase.extractingPath("$.items").asArray().isNotEmpty();
		// the page quotes the phrase once, not “"economic aliance"”
		assertThat(Html.of(mvc.get().uri("/articles").param("q", "\"economic aliance\"").exchange()).select(".corrected")
			.text()).contains("“economic aliance”", "“economic alliance”");
	}

	@Test
	void facetsCountWhatTheDatabaseHolds() {
		ArticleResults all = search.find(new ArticleFilter(null, List.of(), List.of(), null, null), new Paging(0, 20));
		assertThat(all.page().totalItems()).isEqualTo(5);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(counts(all.sources())).isEqualTo(jdbc.queryForList(
				"select source, count(*) as n from article where source is not null group by source")
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("source"), r -> ((Number) r.get("n")).longValue())));
		Map<String, Long> mentions = jdbc
			.queryForList("select p.slug, count(*) as n from article_person ap join person p on p.id = ap.person_id "
					+ "group by p.slug")
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("slug"), r -> ((Number) r.get("n")).longValue()));
		assertThat(all.people()).isNotEmpty()
			.allSatisfy(person -> assertThat(person.count()).isEqualTo(mentions.get(person.value())));
		assertThat(all.years().stream().mapToLong(FacetValue::count).sum()).isPositive().isLessThanOrEqualTo(5);
		// chosen together, facets narrow each other: AND
		ArticleResults chey = search.find(new ArticleFilter(null, List.of("chey-tae-won"), List.of(), null, null),
				new Paging(0, 20));
		assertThat(chey.page().totalItems()).isEqualTo(mentions.get("chey-tae-won"));
		assertThat(page("/articles?person=chey-tae-won").select(".facet-count").eachText()).isNotEmpty();
	}

	@Test
	void theApiCountsTheMatchesAsThePageFiltersDoWhenAsked() {
		var chey = assertThat(mvc.get().uri("/api/articles?person=chey-tae-won&facets=true")).hasStatusOk().bodyJson();
		chey.extractingPath("$.facets.person[?(@.value == 'chey-tae-won')].count").asArray().containsExactly(5);
		chey.extractingPath("$.facets.person[?(@.value == 'chey-tae-won')].active").asArray().containsExactly(true);
		chey.extractingPath("$.facets.year[*].count").asArray().isNotEmpty();
		chey.extractingPath("$.facets.source[*].value").asArray().isNotEmpty();
		assertThat(mvc.get().uri("/api/articles?q=battery")).bodyJson().extractingPath("$.facets").isNull();
		assertThat(mvc.get().uri("/api/articles?facets=maybe")).hasStatus4xxClientError();
		// a year chosen that nothing matches stays a choice, as the other filters' values
		assertThat(mvc.get().uri("/api/articles?year=1999&facets=true")).bodyJson()
			.extractingPath("$.facets.year[?(@.value == '1999')].active").asArray().containsExactly(true);
	}

	@Test
	void thePeopleAndOrganizationsListsFindByName() {
		var kobayashi = assertThat(mvc.get().uri("/api/people?q=kobayashi")).hasStatusOk().bodyJson();
		kobayashi.extractingPath("$.items[*].slug").asArray().containsExactly("kobayashi-ken");
		assertThat(mvc.get().uri("/api/organizations?q=chamber&country=JP")).bodyJson()
			.extractingPath("$.items[*].name")
			.asArray()
			.containsExactly("Japan Chamber of Commerce and Industry");
		assertThat(page("/organizations?q=KCCI").select(".entity-table tbody td:first-child").eachText())
			.containsExactly("Korea Chamber of Commerce and Industry");
	}

	@Test
	void namesThatMatchAreShownAboveTheHits() {
		assertThat(page("/articles?q=Kobayashi").select(".entity-matches a").eachAttr("href"))
			.contains("/people/kobayashi-ken");
		assertThat(page("/articles?q=KORCHAM").select(".entity-matches a").eachAttr("href"))
			.contains("/organizations/korea-chamber-of-commerce-and-industry");
	}

	@Test
	void aNameInAnyFormFindsEveryArticleNamingIt() throws UnsupportedEncodingException {
		String kcci = "korea-chamber-of-commerce-and-industry";
		List<String> naming = slugs(mvc.get().uri("/api/articles").param("organization", kcci).param("size", "100"));
		// the test means something only if some of them never write the acronym
		long writingIt = new JdbcTemplate(dataSource)
			.queryForObject("select count(*) from article where body like '%KCCI%'", Long.class);
		assertThat(naming).hasSizeGreaterThan((int) writingIt);
		for (String q : new String[] { "KCCI", "kcci", "대한상의", "KORCHAM", "Korea Chamber of Commerce and Industry",
				"\"Korea Chamber of Commerce and Industry\"" }) {
			assertThat(slugs(mvc.get().uri("/api/articles").param("q", q).param("size", "100"))).as(q)
				.containsAll(naming);
		}
		// the page shows them too, and the name above them
		Document page = Html.of(mvc.get().uri("/articles").param("q", "대한상의").exchange());
		assertThat(page.select(".article-item")).hasSize(naming.size());
		assertThat(page.select(".entity-matches a").eachAttr("href")).contains("/organizations/" + kcci);
	}

	@Test
	void namesAboveTheHitsMatchOtherFormsOfTheirWords() {
		assertThat(page("/articles?q=chambers").select(".entity-matches a").eachAttr("href"))
			.contains("/organizations/korea-chamber-of-commerce-and-industry");
	}

	@Test
	void namesAboveTheHitsFollowTheCorrectedSpelling() {
		assertThat(page("/articles?q=Keidanen").select(".entity-matches a").eachAttr("href"))
			.contains("/organizations/keidanren");
	}

	/** The slugs of the articles an API request answers with. */
	@Test
	void theOperatorsOfWebSearchEnginesWork() throws UnsupportedEncodingException {
		List<String> chey = slugs(mvc.get().uri("/api/articles").param("q", "Chey").param("size", "100"));
		List<String> kobayashi = slugs(mvc.get().uri("/api/articles").param("q", "Kobayashi").param("size", "100"));
		List<String> all = slugs(mvc.get().uri("/api/articles").param("size", "100"));
		assertThat(kobayashi).isNotEmpty().hasSizeLessThan(all.size());
		// OR: either; it binds closer than the words around it
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "Chey OR Kobayashi").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(union(chey, kobayashi));
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "Kobayashi Chey OR Keidanren").param("size", "100")))
			.isSubsetOf(kobayashi)
			.isNotEmpty();
		// AND is what words mean anyway
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "Chey AND Kobayashi").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(
					slugs(mvc.get().uri("/api/articles").param("q", "Chey Kobayashi").param("size", "100")));
		// a leading minus alone: every article but those; NOT says the same
		List<String> notKobayashi = all.stream().filter(slug -> !kobayashi.contains(slug)).toList();
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "-Kobayashi").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(notKobayashi);
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "NOT Kobayashi").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(notKobayashi);
		// and names no one above the hits
		assertThat(page("/articles?q=-Kobayashi").select(".entity-matches a")).isEmpty();
		assertThat(Html.of(mvc.get().uri("/articles").param("q", "Chey OR Kobayashi").exchange()).select(".entity-matches a").eachAttr("href"))
			.anyMatch(href -> href.startsWith("/people/chey"))
			.anyMatch(href -> href.startsWith("/people/") && href.contains("kobayashi"));
	}

	@Test
	void aWordEndingInAStarFindsEveryWordBeginningSo() throws UnsupportedEncodingException {
		List<String> semiconductors = slugs(
				mvc.get().uri("/api/articles").param("q", "semiconductor").param("size", "100"));
		assertThat(semiconductors).isNotEmpty();
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "semicond*").param("size", "100")))
			.containsAll(semiconductors);
		// never "corrected" into another word, and the words found are marked
		assertThat(mvc.get().uri("/api/articles?q=semicond*")).bodyJson().extractingPath("$.correctedFrom").isNull();
		assertThat(page("/articles?q=semicond*").select(".snippet mark").eachText()).isNotEmpty()
			.allSatisfy(marked -> assertThat(marked.toLowerCase()).startsWith("semicond"));
		assertThat(page("/articles?q=Kobay*").select(".entity-matches a").eachAttr("href"))
			.anyMatch(href -> href.contains("kobayashi"));
		// a word typed in full before its star finds what the word finds, though the index holds its stem
		for (String word : new String[] { "energy", "investment", "Chey" }) {
			assertThat(slugs(mvc.get().uri("/api/articles").param("q", word + "*").param("size", "100"))).as(word)
				.isNotEmpty()
				.containsAll(slugs(mvc.get().uri("/api/articles").param("q", word).param("size", "100")));
		}
		assertThat(page("/articles?q=energy*").select(".snippet mark").eachText()).isNotEmpty()
			.allSatisfy(marked -> assertThat(marked.toLowerCase()).startsWith("energ"));
		// nothing to search for is the list as browsed
		assertThat(page("/articles?q=OR").select(".chips .chip")).isEmpty();
		// two letters are a prefix too (ko* finds Korea); one is only a letter
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "ko*").param("size", "100"))).isNotEmpty();
		// a prefix too short to mean anything is only a word
		assertThat(mvc.get().uri("/api/articles?q=ko*")).hasStatusOk();
		assertThat(mvc.get().uri("/api/articles?q=*")).hasStatusOk();
	}

	@Test
	void whenFiltersLeaveNothingThePageSaysTheWordsAloneFindSome() throws UnsupportedEncodingException {
		int chey = slugs(mvc.get().uri("/api/articles").param("q", "Chey").param("size", "100")).size();
		Document none = page("/articles?q=Chey&year=1999");
		assertThat(none.select(".empty").text()).contains(chey + " articles match “Chey”")
			.contains("none with all of these filters")
			.doesNotContain("Check the spelling");
		assertThat(none.select(".empty-hints a").attr("href")).isEqualTo("/articles?q=Chey");
		// words that match nothing anywhere still get the spelling hint
		assertThat(page("/articles?q=zzzqqqxxx&year=1999").select(".empty").text()).contains("Check the spelling");
	}

	@Test
	void aHitFoundThroughAnotherFormOfANameShowsWhereTheArticleNamesIt() {
		// KCCI's name in Korean is in no article; each hit shows the sentence naming the chamber, its name marked
		Document page = Html.of(mvc.get().uri("/articles").param("q", "대한상의").exchange());
		assertThat(page.select(".article-item")).isNotEmpty();
		assertThat(page.select(".article-item")).allSatisfy(item -> assertThat(item.select(".snippet mark").text())
			.isNotEmpty()
			.matches(".*(Korea Chamber|KCCI|KORCHAM).*"));
		// a word that is also a name: where the body has the word, the word is marked as usual
		assertThat(page("/articles?q=Keidanren").select(".snippet mark").eachText()).isNotEmpty()
			.allSatisfy(marked -> assertThat(marked).containsIgnoringCase("Keidanren"));
	}

	@Test
	void usFindsUSWithStopsAndSnippetsAreWholeSentences() throws UnsupportedEncodingException {
		List<String> withStops = slugs(mvc.get().uri("/api/articles").param("q", "U.S.-China").param("size", "100"));
		assertThat(withStops).hasSizeGreaterThan(1);
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "US-China").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(withStops);
		// the snippet is not cut after "U.S." (Java's sentence iterator would cut there)
		assertThat(Html.of(mvc.get().uri("/articles").param("q", "U.S.-China").exchange()).select(".snippet").eachText())
			.isNotEmpty()
			.allSatisfy(snippet -> assertThat(snippet).doesNotStartWith("-").doesNotEndWith("U.S."));
	}

	@Test
	void aWellKnownPersonIsFoundByTheNameInTheirOwnScript() throws UnsupportedEncodingException {
		// the knowledge file gives 최태원 for Chey Tae-won: his page above the hits, and every article naming him
		List<String> naming = slugs(mvc.get().uri("/api/articles").param("person", "chey-tae-won").param("size", "100"));
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "최태원").param("size", "100")))
			.containsExactlyInAnyOrderElementsOf(naming);
		assertThat(Html.of(mvc.get().uri("/articles").param("q", "최태원").exchange()).select(".entity-matches a")
			.eachAttr("href")).contains("/people/chey-tae-won");
		// each hit shows a sentence of the article naming him, not its title again
		Document page = Html.of(mvc.get().uri("/articles").param("q", "최태원").exchange());
		assertThat(page.select(".article-item")).allSatisfy(item -> assertThat(item.select(".snippet").text())
			.isNotEmpty()
			.isNotEqualTo(item.select(".article-item-title").text()));
	}

	@Test
	void whenOnlyNamesMatchTheEmptyPagePointsToThem() {
		// part of an organization's name in Japanese, which no article's text holds
		Document page = Html.of(mvc.get().uri("/articles").param("q", "日韓").exchange());
		assertThat(page.select(".article-item")).isEmpty();
		assertThat(page.select(".entity-matches a")).isNotEmpty();
		assertThat(page.select(".empty-hints").text()).contains("The names above match these words");
		// a search with hits and names says nothing of the kind
		assertThat(page("/articles?q=Kobayashi").select(".empty-hints")).isEmpty();
	}

	@Test
	void aSearchOfOnlyCommonWordsSaysSoAndNamesNoOne() {
		Document page = page("/articles?q=of");
		assertThat(page.select(".empty").text()).contains("left out of every search").doesNotContain("spelling");
		assertThat(page.select(".entity-matches a")).isEmpty();
	}

	@Test
	void numbersWithADecimalPointAreFound() throws UnsupportedEncodingException {
		// seed 003 reports a share of "62.4 percent"
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "62.4").param("size", "100"))).isNotEmpty();
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "\"62.4 percent\"").param("size", "100")))
			.isNotEmpty();
	}

	@Test
	void theMostCommonWordsAreNeitherRequiredNorMarked() {
		Document page = Html.of(mvc.get().uri("/articles").param("q", "Korea Chamber of Commerce").exchange());
		assertThat(page.select(".snippet mark").eachText()).isNotEmpty()
			.noneMatch(marked -> marked.equalsIgnoreCase("of"))
			.anyMatch(marked -> marked.contains("Chamber"));
	}

	private static List<String> union(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
	}

	List<String> slugs(MockMvcRequestBuilder request) throws UnsupportedEncodingException {
		var result = request.exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.items[*].slug");
	}

	private static Map<String, Long> counts(List<FacetValue> values) {
		return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

}
