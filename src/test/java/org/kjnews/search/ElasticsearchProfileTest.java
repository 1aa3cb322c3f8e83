package org.kjnews.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kjnews.KjNewsApplication;
import org.kjnews.ingest.IngestReport;
import org.kjnews.person.Person;
import org.kjnews.person.PersonCatalog;
import org.kjnews.system.ArchiveVersion;
import org.kjnews.system.BackgroundIndexing;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code elasticsearch} against a real OpenSearch node (started from Maven dependencies in a JVM of its own,
 * see {@link OpenSearchNode}): the seeds load into its indexes with the project's analyzers, search answers as on
 * Lucene ({@link SearchAnswers}: stems, phrases, a spelling correction, facet counts, names above the hits), and a
 * second instance that does not read the folder serves the same archive, notices when the writer changes it, and
 * takes part in the outbox-polling coordination: what it changes reaches the shared index and the first instance's
 * searches. The database is H2, which both instances share in this JVM.
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@ActiveProfiles("elasticsearch")
@AutoConfigureMockMvc
@DirtiesContext
class ElasticsearchProfileTest extends SearchAnswers {

	private static CompletableFuture<OpenSearchNode> starting;

	/** The node starts while Spring does; Hibernate Search asks for its address, and waits, when it boots. */
	@DynamicPropertySource
	static void searchBackend(DynamicPropertyRegistry registry) {
		starting = CompletableFuture.supplyAsync(OpenSearchNode::start);
		registry.add("KJNEWS_SEARCH_URIS", () -> node().uri());
	}

	private static OpenSearchNode node() {
		return starting.join();
	}

	@AfterAll
	static void stopNode() {
		if (starting != null) {
			starting.thenAccept(OpenSearchNode::close).join();
		}
	}

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Environment environment;

	@Autowired
	PersonCatalog people;

	private static int processors(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'",
				Integer.class);
	}

	@Test
	void theIndexesLiveInOpenSearchWithTheProjectsAnalyzers() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class)).isNotNull();
		assertThat(node().get("/article-read/_count")).contains("\"count\":5");
		assertThat(node().get("/article-read/_settings")).contains("kjnews_english_possessive", "porter_stem");
		assertThat(node().get("/person-read/_count")).doesNotContain("\"count\":0");
	}

	@Test
	void aSecondInstanceServesTheSameArchiveAndWhatItChangesReachesTheSharedIndex() throws InterruptedException {
		String[] args = { "--spring.profiles.active=elasticsearch", "--kjnews.seeds-dir=seeds",
				"--kjnews.data-dir=target/test-data/reader-" + UUID.randomUUID(), "--kjnews.ingest.enabled=false",
				"--kjnews.archive-poll=100ms", "--KJNEWS_SEARCH_URIS=" + node().uri(),
				// the same database: in this JVM the H2 file is one in-process database for both instances
				"--spring.datasource.url=" + environment.getProperty("spring.datasource.url") };
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(KjNewsApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			assertThat(second.getBean(IngestReport.class).lines()).isEmpty();
			assertThat(second.getBeanNamesForType(SearchIndexCheck.class)).isEmpty();
			ArticleSearch reader = second.getBean(ArticleSearch.class);
			assertThat(reader.list(new ArticleFilter("battery", List.of(), List.of(), null, null), new Paging(0, 20))
				.page().items()).extracting("slug").containsExactlyInAnyOrder(BATTERIES_000, BATTERIES_004);
			// the writer loads an article again: the reader's page cache starts a new version (ArchivePoll)
			ArchiveVersion readerVersion = second.getBean(ArchiveVersion.class);
			long before = readerVersion.version();
			new JdbcTemplate(dataSource).update("update article set loaded_at = ? where slug = ?",
					Timestamp.from(Instant.now()), BATTERIES_000);
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (readerVersion.version() < before + 2 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			// once when the database changed, once more when it had been still for a poll
			assertThat(readerVersion.version()).isEqualTo(before + 2);

			// both instances process the outbox's events, each its share
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (processors(jdbc) < 2 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(processors(jdbc)).isEqualTo(2);
			// the second instance writes: the change goes through the outbox to the index the first one searches
			long personId = jdbc.queryForObject("select min(id) from person", Long.class);
			second.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> {
					Person person = second.getBean(EntityManager.class).find(Person.class, personId);
					person.absorb(person.getName(), List.of("Zyxwvu Qrstuv"), null);
				});
			second.getBean(BackgroundIndexing.class).awaitAll();
			assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero();
			Search.mapping(entityManagerFactory).scope(Person.class).workspace().refresh();
			assertThat(people.list("Zyxwvu", null, false, new Paging(0, 20)).items()).extracting("slug")
				.containsExactly(jdbc.queryForObject("select slug from person where id = ?", String.class, personId));
		}
		assertThat(node().get("/article-read/_count")).contains("\"count\":5");
	}

}
