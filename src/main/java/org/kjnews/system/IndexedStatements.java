package org.kjnews.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in line with statements that change indexed records in bulk. Hibernate Search sees only
 * what goes through the entity manager: without this, a search would still name a person no article mentions any
 * more (and lead to a page that is gone), and the lists searched by name would sort on counts of an older run.
 */
@Component
public class IndexedStatements {

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final BackgroundIndexing backgroundIndexing;

	IndexedStatements(EntityManager entityManager, TransactionTemplate transaction,
			BackgroundIndexing backgroundIndexing) {
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.backgroundIndexing = backgroundIndexing;
	}

	/**
	 * Deletes the records of these ids with the statement (given a chunk at a time) and their documents from the
	 * index, in the caller's transaction.
	 * @return the rows deleted
	 */
	public int delete(Class<?> type, List<Long> ids, ToIntFunction<Collection<Long>> delete) {
		if (ids.isEmpty()) {
			return 0;
		}
		int[] deleted = { 0 };
		Touched.inChunks(ids, chunk -> deleted[0] += delete.applyAsInt(chunk));
		SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
		ids.forEach(id -> plan.purge(type, id, null));
		return deleted[0];
	}

	/**
	 * Indexes again the records a committed statement changed: these ids, or every record of the type when
	 * {@code ids} is null. A chunk to a transaction, the documents written in the background (see
	 * {@link BackgroundIndexing}: the loader waits for the index once, at the end of its run).
	 * @param type an entity with a collection {@code aliases}, read with it
	 * @return how many ids were indexed again
	 */
	public int reindex(Class<?> type, Collection<Long> ids) {
		String entity = entityManager.getMetamodel().entity(type).getName();
		List<Long> all = ids != null ? new ArrayList<>(ids)
				: transaction.execute(status -> entityManager
					.createQuery("select e.id from " + entity + " e", Long.class)
					.getResultList());
		Touched.inChunks(all, chunk -> transaction.executeWithoutResult(status -> {
			SearchSession search = Search.session(entityManager);
			backgroundIndexing.appliesTo(search);
			entityManager.createQuery("select e from " + entity + " e left join fetch e.aliases where e.id in :ids",
					type)
				.setParameter("ids", chunk)
				.getResultList()
				.forEach(search.indexingPlan()::addOrUpdate);
		}));
		return all.size();
	}

}
