package org.kjnews.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kjnews.KjNewsApplication;
import org.kjnews.ingest.IngestLine;
import org.kjnews.ingest.IngestReport;
import org.kjnews.ingest.IngestStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profile {@code postgres} on a real PostgreSQL server: the migrations run there, Hibernate validates the schema,
 * the seeds load and the API answers as on H2, and a second start over the same folder adds nothing.
 * <p>
 * Runs only where {@code KJNEWS_TEST_POSTGRES_URL} is set ({@code .ci/run} installs and starts PostgreSQL and sets
 * it, with {@code KJNEWS_TEST_POSTGRES_USER} and {@code KJNEWS_TEST_POSTGRES_PASSWORD}); a machine with only a JDK
 * skips it. The database is emptied (Flyway clean) before the application starts, so runs can be repeated.
 * The URL reaches the application through the profile's own {@code KJNEWS_DB_*} placeholders.
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/postgres-${random.uuid}",
		"KJNEWS_DB_URL=${KJNEWS_TEST_POSTGRES_URL}", "KJNEWS_DB_USER=${KJNEWS_TEST_POSTGRES_USER:kjnews}",
		"KJNEWS_DB_PASSWORD=${KJNEWS_TEST_POSTGRES_PASSWORD:kjnews}", "spring.flyway.clean-disabled=false" })
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@EnabledIfEnvironmentVariable(named = "KJNEWS_TEST_POSTGRES_URL", matches = ".+")
@Import(PostgresProfileTest.CleanThenMigrate.class)
class PostgresProfileTest {

	/** Not a {@code @Configuration}: imported only here, so no component scan ever finds it. */
	static class CleanThenMigrate implements FlywayMigrationStrategy {

		@Override
		public void migrate(Flyway flyway) {
			flyway.clean();
			flyway.migrate();
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	IngestReport report;

	private long count(String table) {
		return new JdbcTemplate(dataSource).queryForObject("select count(*) from " + table, Long.class);
	}

	@Test
	void theProfilesDatasourceWinsOverTheH2File() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).isEqualTo(System.getenv("KJNEWS_TEST_POSTGRES_URL"));
		}
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"select count(*) from flyway_schema_history where success and version is not null", Long.class))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void everyForeignKeyIsIndexedOnce() throws SQLException {
		// PostgreSQL makes no index for a foreign key: the migrations' own must be there (H2 drops them as copies)
		assertThat(SchemaIndexesTest.problems(dataSource)).isEmpty();
	}

	@Test
	void theSeedsLoadAndTheApiAnswers() {
		assertThat(report.lines()).hasSize(5).allSatisfy(line -> assertThat(line.status()).isEqualTo(IngestStatus.LOADED));
		assertThat(mvc.get().uri("/api/articles?size=50")).hasStatusOk().bodyJson().extractingPath("$.items")
			.asArray().hasSize(5);
		assertThat(mvc.get().uri("/api/articles?size=1")).hasStatusOk().bodyJson().extractingPath("$.items[0].slug")
			.isEqualTo("000-4356e5f8f044c887");
		assertThat(mvc.get().uri("/api/people/chey-tae-won")).hasStatusOk().bodyJson().extractingPath("$.name")
			.isEqualTo("Chey Tae-won");
		assertThat(mvc.get().uri("/api/meetings")).hasStatusOk().bodyJson().extractingPath("$.items").asArray()
			.isNotEmpty();
		assertThat(mvc.get().uri("/articles?q=Keidanren")).hasStatusOk();
		// years no date of PostgreSQL holds (past 5,874,897) are never sent as dates
		assertThat(mvc.get().uri("/api/meetings?year=6000000")).hasStatusOk().bodyJson().extractingPath("$.totalItems")
			.isEqualTo(0);
		assertThat(mvc.get().uri("/meetings?year=-6000000")).hasStatusOk();
	}

	@Test
	void aSecondStartOverTheSameFolderChangesNothing() {
		long articles = count("article");
		long people = count("person");
		long organizations = count("organization");
		long meetings = count("meeting");
		long mentions = count("person_mention");
		assertThat(articles).isEqualTo(5);
		// Another instance of the application on the same database and folder (its own index folder: the first
		// one holds the lock on its own). Command-line arguments, so they win over application.properties.
		String[] args = { "--spring.profiles.active=postgres", "--kjnews.seeds-dir=seeds",
				"--kjnews.data-dir=target/test-data/postgres-second-" + UUID.randomUUID(),
				"--KJNEWS_DB_URL=" + System.getenv("KJNEWS_TEST_POSTGRES_URL"),
				"--KJNEWS_DB_USER=" + env("KJNEWS_TEST_POSTGRES_USER", "kjnews"),
				"--KJNEWS_DB_PASSWORD=" + env("KJNEWS_TEST_POSTGRES_PASSWORD", "kjnews") };
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(KjNewsApplication.class)
			.web(WebApplicationType.NONE)
			.run(args)) {
			assertThat(second.getBean(IngestReport.class).lines()).hasSize(5)
				.extracting(IngestLine::status)
				.containsOnly(IngestStatus.UNCHANGED);
		}
		assertThat(count("article")).isEqualTo(articles);
		assertThat(count("person")).isEqualTo(people);
		assertThat(count("organization")).isEqualTo(organizations);
		assertThat(count("meeting")).isEqualTo(meetings);
		assertThat(count("person_mention")).isEqualTo(mentions);
		assertThat(mvc.get().uri("/api/articles")).hasStatusOk().bodyJson().extractingPath("$.totalItems").isEqualTo(5);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}

}
