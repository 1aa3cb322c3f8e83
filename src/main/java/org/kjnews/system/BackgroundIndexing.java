package org.kjnews.system;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexing that a transaction does not wait for (Hibernate Search's {@code async()}), and a way to wait for all of it
 * at once: the loader commits many batches without waiting for the index each time, then {@link #awaitAll()} before
 * it commits and refreshes the index and says the archive changed. Flushing the index alone does not wait for work
 * still queued, and a page cached in that moment would miss it until the next change of the folder.
 * <p>
 * Under the {@code outbox-polling} coordination (profile elasticsearch) indexing is always in the background: a
 * transaction stores its changes in the outbox table and event processors, on any instance, apply them. Then a
 * session may not be given a strategy, and waiting means waiting until the outbox is empty.
 */
@Component
public class BackgroundIndexing implements IndexingPlanSynchronizationStrategy {

	static final String COORDINATION = "spring.jpa.properties.hibernate.search.coordination.strategy";

	private static final Logger log = LoggerFactory.getLogger(BackgroundIndexing.class);

	/** Polls of the outbox while waiting; a wait gives up after this long without one event applied. */
	private static final Duration OUTBOX_POLL = Duration.ofMillis(50);

	private static final Duration OUTBOX_STALLED = Duration.ofMinutes(2);

	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

	private final JdbcTemplate outbox;

	BackgroundIndexing(Environment environment, DataSource dataSource) {
		this.outbox = "outbox-polling".equals(environment.getProperty(COORDINATION)) ? new JdbcTemplate(dataSource)
				: null;
	}

	/** Lets the indexing of this session's transaction run in the background, to be awaited with the rest. */
	public void appliesTo(SearchSession session) {
		if (outbox == null) {
			session.indexingPlanSynchronizationStrategy(this);
		}
	}

	@Override
	public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
		// async() as it is (no commit, no refresh, failures reported), with each future kept until it completes
		IndexingPlanSynchronizationStrategy.async().apply(new IndexingPlanSynchronizationStrategyConfigurationContext() {
			@Override
			public void documentCommitStrategy(DocumentCommitStrategy strategy) {
				context.documentCommitStrategy(strategy);
			}

			@Override
			public void documentRefreshStrategy(DocumentRefreshStrategy strategy) {
				context.documentRefreshStrategy(strategy);
			}

			@Override
			public void indexingFutureHandler(
					Consumer<? super CompletableFuture<? extends SearchIndexingPlanExecutionReport>> handler) {
				context.indexingFutureHandler(future -> {
					pending.add(future);
					future.whenComplete((report, failure) -> pending.remove(future));
					handler.accept(future);
				});
			}

			@Override
			public FailureHandler failureHandler() {
				return context.failureHandler();
			}

			@Override
			public void operationSubmitter(OperationSubmitter submitter) {
				context.operationSubmitter(submitter);
			}
		});
	}

	/** Waits until every indexing started so far is done (failures are reported where they happen). */
	public void awaitAll() {
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((done, failure) -> null).join();
		if (outbox != null) {
			awaitEmptyOutbox();
		}
	}

	/**
	 * Waits until the event processors have applied every pending event of the outbox (they delete each one once it
	 * is in the index). An event that keeps failing is retried, then marked aborted and logged by Hibernate Search:
	 * it is not waited for. With no processor running at all, nothing drains: the wait ends with a warning.
	 */
	private void awaitEmptyOutbox() {
		long left = pendingEvents();
		long stalledSince = System.nanoTime();
		while (left > 0) {
			if (System.nanoTime() - stalledSince > OUTBOX_STALLED.toNanos()) {
				log.warn("{} index changes are still waiting in the outbox after {} s without progress: is an event "
						+ "processor running (hibernate.search.coordination.event_processor.enabled)?", left,
						OUTBOX_STALLED.toSeconds());
				return;
			}
			try {
				Thread.sleep(OUTBOX_POLL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			long now = pendingEvents();
			if (now < left) {
				stalledSince = System.nanoTime();
			}
			left = now;
		}
	}

	private long pendingEvents() {
		Long count = outbox.queryForObject("select count(*) from hsearch_outbox_event where status = 'PENDING'",
				Long.class);
		return count == null ? 0 : count;
	}

}
