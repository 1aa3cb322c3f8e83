package org.kjnews.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Compacts the H2 file at start-up when the loader asked for it after a large run. A load writes most pages many
 * times over (each batch rewrites the pages of the random-order indexes it touched), and H2 gives the space back only
 * when the database is closed with {@code SHUTDOWN COMPACT}: after 100,000 articles its file held 8.1 GB of which
 * 1.7 GB were live, and a page read cold from disk was somewhere in all of it. Compacted, the first requests after a
 * start took a half to a third of the time. The database must be closed for it, so it is done when the application
 * starts, before anything opens it; the request is a marker file beside the database.
 */
public class DatabaseCompaction implements ApplicationListener<ApplicationPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCompaction.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	private static final String SUFFIX = ".mv.db";

	/** Runs that change fewer articles than this ask for no compaction. */
	static final int LARGE_RUN = 1_000;

	/** Nor do they below this size of file (bytes). */
	static final long LARGE_FILE = 100L << 20;

	@Override
	public void onApplicationEvent(ApplicationPreparedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		fileOf(url).filter(file -> Files.exists(marker(file)))
			.ifPresent(file -> compact(url, file, environment.getProperty("spring.datasource.username", "sa"),
					environment.getProperty("spring.datasource.password", "")));
	}

	/**
	 * After a run of the loader: asks for a compaction at the next start if the run changed many articles and the
	 * file is large. Small runs (a few files changed while the application runs) leave little to gain.
	 *
	 * @param url the JDBC address of the database (nothing is done for another database than an H2 file)
	 */
	public static void afterRun(String url, long changedArticles) {
		fileOf(url).filter(file -> worthCompacting(changedArticles, size(file))).ifPresent(file -> {
			try {
				Files.writeString(marker(file), "compact " + file.getFileName() + " at the next start\n");
				log.info("The database file is {} MB after this run: it is compacted at the next start",
						size(file) >> 20);
			}
			catch (IOException ex) {
				log.warn("Could not ask for the compaction of {}", file, ex);
			}
		});
	}

	static boolean worthCompacting(long changedArticles, long fileBytes) {
		return changedArticles >= LARGE_RUN && fileBytes >= LARGE_FILE;
	}

	/** The file of an embedded H2 database, from its JDBC address; empty for any other database. */
	static Optional<Path> fileOf(String url) {
		if (url == null || !url.startsWith(H2_FILE)) {
			return Optional.empty();
		}
		String path = url.substring(H2_FILE.length());
		int options = path.indexOf(';');
		String name = options < 0 ? path : path.substring(0, options);
		// as H2 reads it: "~" is the user's home folder
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(Path.of(name + SUFFIX));
	}

	static Path marker(Path file) {
		return file.resolveSibling(file.getFileName() + ".compact");
	}

	/** A failure is logged, not thrown: an uncompacted database works, only larger and slower to read cold. */
	private static void compact(String url, Path file, String user, String password) {
		long before = size(file);
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN COMPACT");
			}
			log.info("Compacted the database after the last large run in {} s: {} MB, was {} MB",
					String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9), size(file) >> 20,
					before >> 20);
		}
		catch (SQLException ex) {
			log.warn("Compacting the database {} failed; it is used as it is", file, ex);
		}
		finally {
			try {
				Files.deleteIfExists(marker(file));
			}
			catch (IOException ex) {
				log.warn("Could not remove {}", marker(file), ex);
			}
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
