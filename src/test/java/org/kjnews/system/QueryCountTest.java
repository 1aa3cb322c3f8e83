package org.kjnews.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a list page costs the same number of SQL statements whether it shows one item or all of them, and a
 * single entity page costs a small fixed number. Counted with Hibernate's statistics.
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}",
		"spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
class QueryCountTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ArchiveVersion archive;

	private long statements(String uri) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

	@Test
	void listPagesCostTheSameWhateverTheirSize() {
		for (String list : new String[] { "/articles", "/people", "/organizations", "/meetings", "/api/articles",
				"/api/people", "/api/organizations", "/api/meetings", "/articles?q=korea" }) {
			String separator = list.contains("?") ? "&" : "?";
			long one = statements(list + separator + "size=1");
			long all = statements(list + separator + "size=500");
			archive.changed(); // the next round renders again rather than coming from the page cache
			assertThat(all).as(list).isEqualTo(one);
		}
	}

	@Test
	void aPageShownAgainCostsNothingUntilTheArchiveChanges() {
		String page = "/people/chey-tae-won?view=cache-test";
		assertThat(statements(page)).isPositive();
		assertThat(statements(page)).isZero();
		archive.changed();
		assertThat(statements(page)).isPositive();
	}

	@Test
	void entityPagesCostAFewStatements() {
		for (String page : new String[] { "/", "/articles/003-474c59f4e8a03b7d", "/people/chey-tae-won",
				"/organizations/korea-chamber-of-commerce-and-industry", "/api/people/chey-tae-won",
				"/api/articles/003-474c59f4e8a03b7d" }) {
			archive.changed();
			assertThat(statements(page)).as(page).isLessThanOrEqualTo(15);
		}
	}

}
