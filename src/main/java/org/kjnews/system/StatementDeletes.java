package org.kjnews.system;

import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;

/**
 * Deletes indexed records with a statement and takes their documents out of the index in the same transaction.
 * Hibernate Search sees only what goes through the entity manager: without this, a search would still name a person
 * no article mentions any more, and lead to a page that is gone.
 */
@Component
public class StatementDeletes {

	private final EntityManager entityManager;

	StatementDeletes(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * @param delete the statement deleting the records of these ids (given a chunk at a time)
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

}
