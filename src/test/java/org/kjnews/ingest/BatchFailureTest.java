package org.kjnews.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.h2.api.Trigger;
import org.junit.jupiter.api.Test;
import org.kjnews.TestFolders;
import org.kjnews.article.ArticleCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader stores many files in one transaction. When the database refuses one of them (here a real H2 trigger
 * refuses an article by its file name), that file fails alone with a clear line, and the rest of its batch loads.
 */
// the test drives the loader itself: no watcher running it in between
@SpringBootTest(properties = { "kjnews.watch=false", "kjnews.data-dir=target/test-data/${random.uuid}" })
class BatchFailureTest {

	static final Path FOLDER = TestFolders.create("batch");

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) {
		registry.add("kjnews.seeds-dir", FOLDER::toString);
	}

	@Autowired
	FolderIngester ingester;

	@Autowired
	IngestReport report;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	DataSource dataSource;

	/** Refuses to insert an article whose file name holds "refused". */
	public static class RefuseTrigger implements Trigger {

		@Override
		public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
			for (Object value : newRow) {
				if (value instanceof String s && s.contains("refused")) {
					throw new SQLException("refused by the test's trigger");
				}
			}
		}

	}

	@Test
	void oneRefusedFileFailsAloneAndTheRestOfItsBatchLoads() throws Exception {
		int files = FolderIngester.BATCH_SIZE + 5;
		for (int i = 0; i < files; i++) {
			String name = i == 3 ? "a03-refused.txt" : String.format("a%02d.txt", i);
			Files.writeString(FOLDER.resolve(name), "Headline number " + i + "\nMay 8, 2025\nBody of article " + i
					+ ". Kim Min-su of the Korea Trade Association spoke.\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement()
				.execute("create trigger refuse_article before insert on article for each row call \""
						+ RefuseTrigger.class.getName() + "\"");
		}
		try {
			ingester.ingestAll();
		}
		finally {
			try (Connection connection = dataSource.getConnection()) {
				connection.createStatement().execute("drop trigger refuse_article");
			}
		}
		Map<String, IngestLine> lines = report.lines()
			.stream()
			.collect(Collectors.toMap(IngestLine::file, Function.identity()));
		assertThat(lines.get("a03-refused.txt").status()).isEqualTo(IngestStatus.FAILED);
		assertThat(lines.get("a03-refused.txt").message()).contains("Could not be stored");
		assertThat(report.count(IngestStatus.LOADED)).isEqualTo(files - 1);
		assertThat(catalog.list(new org.kjnews.system.Paging(0, 100)).totalItems()).isEqualTo(files - 1);
		// what the failed batch had added to the counts went with its rollback: the files stored again count once
		assertThat(StoredCounts.wrong(dataSource)).isEmpty();
	}

}
