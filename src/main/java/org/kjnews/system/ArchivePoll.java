package org.kjnews.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On an instance that does not load ({@code kjnews.ingest.enabled=false}, one of several sharing one archive), the
 * archive changes when the instance that loads does. Its loader cannot tell this one, so this one asks the shared
 * database every {@code kjnews.archive-poll} (5 s) for the number of articles and their latest load time, and starts
 * a new {@link ArchiveVersion} when they change: the page cache and Last-Modified follow the writer. Once the
 * database has stopped changing, the version moves once more, so that no page stays cached from a moment when the
 * search index had not yet caught up with the database.
 */
@Component
@ConditionalOnProperty(name = "kjnews.ingest.enabled", havingValue = "false")
class ArchivePoll {

	private static final Logger log = LoggerFactory.getLogger(ArchivePoll.class);

	private final ArchiveVersion archive;

	private final JdbcTemplate jdbc;

	private final Duration interval;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "kjnews-archive-poll");
		thread.setDaemon(true);
		return thread;
	});

	private List<Object> last;

	private boolean settling;

	ArchivePoll(ArchiveVersion archive, DataSource dataSource,
			@Value("${kjnews.archive-poll:5s}") Duration interval) {
		this.archive = archive;
		this.jdbc = new JdbcTemplate(dataSource);
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		last = state();
		timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void poll() {
		try {
			List<Object> now = state();
			if (!Objects.equals(now, last)) {
				last = now;
				settling = true;
				archive.changed();
			}
			else if (settling) {
				settling = false;
				archive.changed();
			}
		}
		catch (RuntimeException ex) {
			// the database may be briefly away; the next poll tries again
			log.warn("Could not ask the database whether the archive changed: {}", ex.toString());
		}
	}

	/**
	 * What changes whenever the loader loads or removes an article: how many there are, and the latest load; and, under
	 * the outbox-polling coordination (docs/scaling.md), how many index changes still wait in the outbox, so the
	 * version moves once more when the index has caught up (the table is empty under the default coordination).
	 */
	private List<Object> state() {
		return jdbc.queryForObject(
				"select count(*), max(loaded_at), (select count(*) from hsearch_outbox_event) from article",
				(rs, row) -> Arrays.asList(rs.getLong(1), rs.getTimestamp(2), rs.getLong(3)));
	}

	@PreDestroy
	void stop() {
		timer.shutdownNow();
	}

}
