package org.kjnews.person;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kjnews.Html;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The pictures on person and organization pages: articles over time, and who appears with whom. */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class EntityChartsTest {

	@Autowired
	MockMvcTester mvc;

	private Document page(String uri) {
		var result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return Html.of(result);
	}

	private static PartialDate day(int y, int m, int d) {
		return PartialDate.ofDay(LocalDate.of(y, m, d), DateBasis.STATED, null);
	}

	@Test
	void yearsWithoutArticlesStillShowAsGaps() {
		ArticlesOverTime chart = ArticlesOverTime.of(List.of(day(2019, 5, 1), day(2019, 6, 1), day(2025, 12, 8),
				PartialDate.ofYear(2023, DateBasis.STATED, null), PartialDate.UNKNOWN));
		assertThat(chart.byMonth()).isFalse();
		assertThat(chart.bars()).extracting(ArticlesOverTime.Bar::label)
			.containsExactly("2019", "2020", "2021", "2022", "2023", "2024", "2025");
		assertThat(chart.bars()).extracting(ArticlesOverTime.Bar::count).containsExactly(2L, 0L, 0L, 0L, 1L, 0L, 1L);
		assertThat(chart.undated()).isEqualTo(1);
		assertThat(chart.bars().get(0).height()).isGreaterThan(chart.bars().get(4).height());
		assertThat(chart.summary()).isEqualTo("2019: 2, 2023: 1, 2025: 1");
	}

	@Test
	void articlesCloseTogetherAreCountedByMonth() {
		ArticlesOverTime chart = ArticlesOverTime.of(List.of(day(2025, 10, 3), day(2025, 12, 8), day(2025, 12, 9)));
		assertThat(chart.byMonth()).isTrue();
		assertThat(chart.bars()).extracting(ArticlesOverTime.Bar::label).containsExactly("2025-10", "2025-11", "2025-12");
		assertThat(chart.bars()).extracting(ArticlesOverTime.Bar::count).containsExactly(1L, 0L, 2L);
	}

	@Test
	void aPersonPageDrawsTheirArticlesOverTimeAndWhoTheyAppearWith() {
		Document chey = page("/people/chey-tae-won");
		Element chart = chey.selectFirst("svg.chart-svg");
		assertThat(chart).isNotNull();
		long total = chart.select("text.bar-count").eachText().stream().mapToLong(Long::parseLong).sum();
		int undated = chey.select(".chart p.meta").isEmpty() ? 0
				: Integer.parseInt(chey.select(".chart p.meta").text().replaceAll("\\D", ""));
		// every article that names him is counted once, in its period or as undated
		assertThat(total + undated).isEqualTo(chey.select(".mention-list li").size());
		assertThat(chart.attr("aria-label")).isNotBlank();

		Element relations = chey.selectFirst("svg.relations-svg");
		assertThat(relations).isNotNull();
		assertThat(relations.select("a").eachAttr("href")).contains("/people/lee-jae-myung")
			.allMatch(href -> href.startsWith("/people/"));
		assertThat(relations.select("text.node-label").eachText())
			.containsExactlyElementsOf(chey.select("aside .entity-list a[href^=/people/]")
				.eachText()
				.stream()
				.limit(relations.select("a").size())
				.map(n -> n.length() <= Relations.MAX_LABEL ? n : n.substring(0, Relations.MAX_LABEL - 1).strip() + "…")
				.toList());
	}

	@Test
	void anOrganizationPageDrawsThemToo() {
		Document page = page("/organizations");
		String first = page.select(".entity-table tbody td:first-child a").first().attr("href");
		Document organization = page(first);
		assertThat(organization.select("svg.chart-svg rect.bar")).isNotEmpty();
		assertThat(organization.select("svg.relations-svg a").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.startsWith("/organizations/"));
	}

}
