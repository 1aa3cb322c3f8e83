package org.kjnews.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseCompactionTest {

	@TempDir
	Path dir;

	@Test
	void theFileOfAnH2FileDatabaseOnly() {
		assertThat(DatabaseCompaction.fileOf("jdbc:h2:file:/srv/data/db/kjnews;CACHE_SIZE=1024"))
			.contains(Path.of("/srv/data/db/kjnews.mv.db"));
		assertThat(DatabaseCompaction.fileOf("jdbc:h2:file:~/kjnews"))
			.contains(Path.of(System.getProperty("user.home"), "kjnews.mv.db"));
		assertThat(DatabaseCompaction.fileOf("jdbc:h2:mem:test")).isEmpty();
		assertThat(DatabaseCompaction.fileOf("jdbc:postgresql://localhost:5432/kjnews")).isEmpty();
		assertThat(DatabaseCompaction.fileOf(null)).isEmpty();
	}

	@Test
	void onlyALargeRunOverALargeFileAsksForIt() {
		assertThat(DatabaseCompaction.worthCompacting(100_000, 8L << 30)).isTrue();
		assertThat(DatabaseCompaction.worthCompacting(20, 8L << 30)).isFalse();
		assertThat(DatabaseCompaction.worthCompacting(100_000, 10L << 20)).isFalse();
	}

	@Test
	void aSmallRunLeavesNoRequest() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("small");
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			c.createStatement().execute("create table t (id bigint primary key)");
		}
		DatabaseCompaction.afterRun(url, 5);
		assertThat(DatabaseCompaction.marker(dir.resolve("small.mv.db"))).doesNotExist();
	}

	@Test
	void theNextStartCompactsARequestedDatabaseAndKeepsEveryRow() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("kjnews");
		Path file = dir.resolve("kjnews.mv.db");
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			c.createStatement().execute("create table t (id bigint primary key, text varchar(400))");
			c.setAutoCommit(false);
			// rows rewritten batch after batch, as a load rewrites the pages of its indexes
			for (int round = 0; round < 6; round++) {
				try (PreparedStatement merge = c.prepareStatement("merge into t key (id) values (?, ?)")) {
					for (int i = 0; i < 20_000; i++) {
						merge.setLong(1, i);
						merge.setString(2, "round " + round + " row " + i + " " + "x".repeat(200));
						merge.addBatch();
						if (i % 500 == 499) {
							merge.executeBatch();
							c.commit();
						}
					}
				}
			}
		}
		long before = Files.size(file);
		Files.writeString(DatabaseCompaction.marker(file), "compact");

		start(url);

		assertThat(Files.size(file)).isLessThan(before / 2);
		assertThat(DatabaseCompaction.marker(file)).doesNotExist();
		try (Connection c = DriverManager.getConnection(url, "sa", "");
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select count(*), min(text) from t")) {
			r.next();
			assertThat(r.getLong(1)).isEqualTo(20_000);
			assertThat(r.getString(2)).startsWith("round 5 row 0 ");
		}
	}

	@Test
	void withoutARequestTheStartLeavesTheFileAlone() throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("kept");
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			c.createStatement().execute("create table t (id bigint primary key)");
		}
		Path file = dir.resolve("kept.mv.db");
		long modified = Files.getLastModifiedTime(file).toMillis();

		start(url);

		assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
	}

	/** What the application's start does before anything opens the database. */
	private static void start(String url) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
		new DatabaseCompaction()
			.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
	}

}
