package org.kjnews.system;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.backend.work.execution.OperationSubmitter;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.springframework.stereotype.Component;

/**
 * Indexing that a transaction does not wait for (Hibernate Search's {@code async()}), and a way to wait for all of it
 * at once: the loader commits many batches without waiting for the index each time, then {@link #awaitAll()} before
 * it commits and refreshes the index and says the archive changed. Flushing the index alone does not wait for work
 * still queued, and a page cached in that moment would miss it until the next change of the folder.
 */
@Component
public class BackgroundIndexing implements IndexingPlanSynchronizationStrategy {

	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

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
	}

}
