package org.kjnews.person;

import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The "who?" pages on the seeds: people, organizations, filtering articles by them, names linked in the reader. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class EntityPagesTest {

	@Autowired
	MockMvcTester mvc;

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	@Test
	void peopleAreListedMostMentionedFirstAndFilterByCountry() {
		Document all = page("/people");
		assertThat(all.select(".entity-table tbody tr").first().select("td").first().text()).isEqualTo("Chey Tae-won");
		assertThat(all.select(".entity-table tbody td:first-child").eachText()).contains("Kobayashi Ken",
				"Lee Jae-myung", "Shigeru Ishiba", "Donald Trump");
		Document japanese = page("/people?country=JP");
		assertThat(japanese.select(".entity-table tbody td:first-child").eachText()).contains("Kobayashi Ken",
				"Shigeru Ishiba").doesNotContain("Chey Tae-won");
		Document byName = page("/people?sort=name");
		assertThat(byName.select(".entity-table tbody td:first-child").eachText()).isSorted();
	}

	@Test
	void aPersonPageShowsNamesRolesWithEvidenceArticlesAndCompany() {
		Document chey = page("/people/chey-tae-won");
		assertThat(chey.select("h1").text()).isEqualTo("Chey Tae-won");
		assertThat(chey.select(".aliases").text()).contains("Chey");
		assertThat(chey.select(".entity-card .meta").text()).contains("South Korea");
		assertThat(chey.select(".role-list li")).anySatisfy(role -> {
			assertThat(role.select("strong").text()).isEqualTo("Chairman");
			assertThat(role.select("a").first().text()).isEqualTo("SK Group");
			assertThat(role.select("blockquote").text()).contains("Chey Tae-won");
		});
		assertThat(chey.select(".role-list li a").eachText()).contains("Korea Chamber of Commerce and Industry");
		assertThat(chey.select(".mention-list li")).hasSize(5);
		assertThat(chey.select("aside .entity-list a").eachText()).contains("Lee Jae-myung");
	}

	@Test
	void oneNameInManyFormsIsOnePerson() {
		Document lee = page("/people/lee-jae-myung");
		assertThat(lee.select("h1").text()).isEqualTo("Lee Jae-myung");
		assertThat(lee.select(".aliases").text()).contains("Lee Jae Myung");
		assertThat(lee.select(".mention-list li")).hasSize(2);
	}

	@Test
	void anOrganizationPageShowsItsAcronymsFormerNamesAndPeople() {
		Document kcci = page("/organizations/korea-chamber-of-commerce-and-industry");
		assertThat(kcci.select(".aliases").text()).contains("KCCI", "KORCHAM");
		assertThat(kcci.select(".entity-card > .small-heading").text()).isEqualTo("Chamber of commerce");
		assertThat(kcci.select(".role-list li a").eachText()).contains("Chey Tae-won");
		// "heads", "Chairman" and "Chair" of one chamber are one office, said once
		assertThat(kcci.select(".role-list li").stream().filter(li -> li.text().startsWith("Chey Tae-won")))
			.singleElement()
			.satisfies(li -> assertThat(li.select(".meta").text()).isIn("Chairman", "Chair"));
		assertThat(page("/people/chey-tae-won").select(".role-list li").stream()
			.filter(li -> li.select("a").eachText().contains("Korea Chamber of Commerce and Industry"))).hasSize(1);
		Document kef = page("/organizations/korea-economic-association");
		assertThat(kef.select(".aliases").text()).contains("KEF", "Federation of Korean Industries", "FKI");
		assertThat(kef.select(".mention-list li")).hasSize(2);
		assertThat(page("/organizations?kind=COMPANY").select(".entity-table tbody td:first-child").eachText())
			.contains("Samsung Electronics");
	}

	@Test
	void countryAndKindCountEachOthersChoice() {
		Document companies = page("/organizations?kind=COMPANY");
		int listed = companies.select(".entity-table tbody tr").size();
		long byCountry = companies.select(".list-controls nav").get(1).select(".facet-count").eachText().stream()
			.mapToLong(Long::parseLong).sum();
		assertThat(byCountry).as("companies with a country").isPositive().isLessThanOrEqualTo(listed);
		Document korean = page("/organizations?kind=COMPANY&country=KR");
		assertThat(korean.select("a.active .facet-count").eachText())
			.containsOnly(String.valueOf(korean.select(".entity-table tbody tr").size()));
		// a made-up country code is no choice to offer
		assertThat(page("/organizations?country=XYZ").select(".list-controls a").eachText())
			.noneMatch(text -> text.contains("XYZ"));
	}

	@Test
	void articlesFilterByPeopleAndOrganizationsTogetherWithCountsAndRemovableChips() {
		Document all = page("/articles");
		assertThat(all.select(".facet a").eachText()).contains("Chey Tae-won 5");
		Document filtered = page("/articles?person=chey-tae-won&organization=keidanren");
		assertThat(filtered.select(".article-item-title a").eachText())
			.containsExactly("60 Years of Korea-Japan Relations: Toward Future Cooperation Partners");
		assertThat(filtered.select(".chip").eachAttr("href")).contains("/articles?organization=keidanren",
				"/articles?person=chey-tae-won");
		Document twoPeople = page("/articles?person=chey-tae-won&person=lee-jae-myung");
		assertThat(twoPeople.select(".article-item")).hasSize(2);
		Document paged = page("/articles?person=chey-tae-won&size=2");
		assertThat(paged.select(".paging a[rel=next]").attr("href")).isEqualTo("/articles?person=chey-tae-won&size=2&page=1");
		assertThat(page("/articles?person=nobody-at-all").select(".empty").text()).contains("No article matches");
	}

	@Test
	void aFacetShowsTwelveAndTheRestOnAsking() {
		Document all = page("/articles?q=korea");
		var people = all.select(".facet").first();
		assertThat(people.select("li")).hasSize(12);
		String more = people.select(".facet-more a").attr("href");
		assertThat(more).contains("q=korea").contains("more=person");
		Document expanded = page(more);
		assertThat(expanded.select(".facet").first().select("li")).hasSizeGreaterThan(12);
		assertThat(expanded.select(".facet").first().select(".facet-more a").text()).isEqualTo("Show fewer");
		// the other facets stay short
		assertThat(expanded.select(".facet").get(1).select("li")).hasSizeLessThanOrEqualTo(12);
		assertThat(mvc.get().uri("/articles?more=everything").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void searchingANameLeadsToItsPage() {
		Document results = page("/articles?q=Kobayashi");
		assertThat(results.select(".entity-matches a").eachAttr("href")).contains("/people/kobayashi-ken");
		assertThat(page("/articles?q=KORCHAM").select(".entity-matches a").eachAttr("href"))
			.contains("/organizations/korea-chamber-of-commerce-and-industry");
		// more names match than are shown: the five most mentioned, and a link to all of them, on the list searched
		// by name, which they begin
		Document korea = page("/articles?q=korea");
		assertThat(korea.select(".entity-matches a.chip[href^=/organizations/] span:last-child").eachText())
			.isEqualTo(listed(page("/organizations?q=korea")).subList(0, 5));
		assertThat(korea.select(".entity-matches a.more-names").eachAttr("href")).containsExactly("/organizations?q=korea");
		assertThat(listed(page("/organizations?q=korea"))).hasSizeGreaterThan(5);
	}

	private List<String> listed(Document list) {
		return list.select(".entity-table tbody td:first-child").eachText();
	}

	@Test
	void theListsFindPeopleAndOrganizationsByAnyFormOfTheName() {
		Document kims = page("/people?q=kim");
		List<String> names = listed(kims);
		assertThat(names).hasSizeGreaterThan(2).allMatch(name -> name.contains("Kim"));
		assertThat(kims.select("#name-q").val()).isEqualTo("kim");
		assertThat(kims.select("main > p.text-body-secondary").text())
			.isEqualTo(names.size() + " people\u2019s names match \u201ckim\u201d");
		// most mentioned first, as the list without words
		assertThat(kims.select(".entity-table tbody td:last-child").eachText().stream().map(Integer::valueOf).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(listed(page("/people?q=kim&sort=name"))).isSorted().containsExactlyInAnyOrderElementsOf(names);
		// any form, any script, a prefix; words left out
		assertThat(listed(page("/people?q=최태원")))
			.containsExactly("Chey Tae-won");
		assertThat(listed(page("/people?q=Kob*"))).containsExactly("Kobayashi Ken");
		assertThat(listed(page("/people?q=kim+-yoon"))).hasSize(names.size() - 1).doesNotContain("Kim Yoon");
		// the names above the article hits leave out the same
		assertThat(page("/articles?q=kim+-yoon").select(".entity-matches a").eachText()).isNotEmpty()
			.noneMatch(chip -> chip.contains("Kim Yoon"));
		assertThat(listed(page("/organizations?q=KCCI"))).containsExactly("Korea Chamber of Commerce and Industry");
		// Korean writes a name without spaces: a part of it is found too, as in Japanese
		assertThat(listed(page("/people?q=김"))).contains("Kim Dae-jung");
		assertThat(listed(page("/organizations?q=상공회의소"))).contains("Korea Chamber of Commerce and Industry");
		// a country the words leave nothing in stays chosen, and the page says the country is why
		Document inJapan = page("/people?q=kim&country=jp");
		assertThat(inJapan.select(".list-controls a.active").eachText()).contains("Japan 0");
		assertThat(inJapan.select(".empty").text()).contains("country chosen");
		assertThat(mvc.get().uri("/api/people?q=kim&country=")).bodyJson().extractingPath("$.totalItems")
			.isEqualTo(names.size());
		assertThat(mvc.get().uri("/api/people?q=kim&country=kr")).bodyJson().extractingPath("$.totalItems")
			.isEqualTo(names.size());
		assertThat(mvc.get().uri("/api/organizations?kind=chamber")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.detail").asString().contains("CHAMBER", "COMPANY");
		// the countries offered count the matches, and choosing one keeps the words
		Document chambers = page("/organizations?q=chamber");
		assertThat(listed(chambers)).contains("Korea Chamber of Commerce and Industry",
				"Japan Chamber of Commerce and Industry");
		assertThat(chambers.select(".list-controls nav").get(1).select("a").eachText()).contains("Japan 1");
		String japan = chambers.select(".list-controls nav").get(1).select("a:contains(Japan)").attr("href");
		assertThat(japan).contains("q=chamber");
		assertThat(listed(page(japan))).containsExactly("Japan Chamber of Commerce and Industry");
		// paging keeps the words; nothing found says so
		assertThat(page("/people?q=kim&size=2").select(".paging a[rel=next]").attr("href")).contains("q=kim");
		assertThat(page("/people?q=nobodyzz").select(".empty").text()).contains("No person\u2019s name matches");
		// a part is found inside a name, its letters scattered in another are not (대중 is no part of 중국대사관)
		assertThat(listed(page("/people?q=대중"))).contains("Kim Dae-jung");
		assertThat(listed(page("/organizations?q=공회의"))).contains("Korea Chamber of Commerce and Industry");
		// long Korean or Japanese words (real names of agencies run to 10 letters and more): a result, never an error
		for (String word : new String[] { "중소벤처기업진흥공단", "한국산업통상자원부산업기술진흥원", "独立行政法人日本貿易振興機構アジア経済研究所",
				"가나다라마바사아자차카타파하".repeat(5) }) {
			assertThat(mvc.get().uri("/people").param("q", word).exchange()).hasStatusOk();
			assertThat(mvc.get().uri("/api/organizations").param("q", word).exchange()).hasStatusOk();
			assertThat(mvc.get().uri("/articles").param("q", word).exchange()).hasStatusOk();
		}
		// words far longer than any name: a result, never an error
		assertThat(mvc.get().uri("/people").param("q", "한국".repeat(2500)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/organizations").param("q", "word ".repeat(300)).exchange()).hasStatusOk();
		var api = assertThat(mvc.get().uri("/api/people?q=Kobayashi")).hasStatusOk().bodyJson();
		api.extractingPath("$.totalItems").isEqualTo(1);
		api.extractingPath("$.items[0].slug").isEqualTo("kobayashi-ken");
		assertThat(mvc.get().uri("/api/organizations?q=chamber&kind=CHAMBER&country=KR")).bodyJson()
			.extractingPath("$.items[*].name").asArray().contains("Korea Chamber of Commerce and Industry")
			.doesNotContain("Japan Chamber of Commerce and Industry");
	}

	@Test
	void theReaderLinksNamesToTheirPagesAndListsWhoIsMentioned() {
		Document reader = page("/articles/003-474c59f4e8a03b7d");
		assertThat(reader.select(".reader-body a.mention[href=/people/chey-tae-won]")).isNotEmpty();
		assertThat(reader.select(".reader-body a.mention[href=/organizations/korea-international-trade-association]"))
			.isNotEmpty();
		assertThat(reader.select(".reader-aside .entity-person").eachText()).contains("Lee Jae-myung", "Kim Yang-hee",
				"Kim Su-min");
		assertThat(reader.select(".reader-aside .entity-organization").eachText()).contains("Daegu University");
	}

	@Test
	void unknownPeopleAndOrganizationsAre404() {
		assertThat(mvc.get().uri("/people/nobody").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/organizations/nothing").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/api/people/nobody").exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/organizations?kind=SPACESHIP").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theApiGivesRolesWithOrganizationAndDateAndTheArticleRefs() {
		var chey = assertThat(mvc.get().uri("/api/people/chey-tae-won")).hasStatusOk().bodyJson();
		chey.extractingPath("$.country").isEqualTo("KR");
		chey.extractingPath("$.roles[?(@.organization.slug == 'sk-group')].title").asArray().contains("Chairman");
		chey.extractingPath("$.roles[0].asOf").isNotNull();
		var list = assertThat(mvc.get().uri("/api/people?size=1")).hasStatusOk().bodyJson();
		list.extractingPath("$.items[0].name").isEqualTo("Chey Tae-won");
		list.extractingPath("$.items[0].mentionCount").asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThan(5));
		var article = assertThat(mvc.get().uri("/api/articles/002-eafb4e73a82f583d")).bodyJson();
		article.extractingPath("$.organizations[*].name").asArray().contains("Keidanren", "Korea Economic Association");
		var kinds = assertThat(mvc.get().uri("/api/organizations?kind=CHAMBER&size=100")).bodyJson();
		kinds.extractingPath("$.items[*].name").asArray().contains("Japan Chamber of Commerce and Industry");
	}

}
