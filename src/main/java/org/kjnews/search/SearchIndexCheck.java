package org.kjnews.search;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.Article;
import org.kjnews.meeting.Meeting;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index is derived from the database and is written on every commit; if it was deleted or lost
 * (say, only {@code data/index} was removed), rebuild it from the database before anything reads it. Only on the
 * instance that writes ({@code kjnews.ingest.enabled}, true unless set): where several share one index, the others
 * would count it while the writer is still loading, and rebuild it under its feet.
 */
@Component
@ConditionalOnProperty(name = "kjnews.ingest.enabled", havingValue = "true", matchIfMissing = true)
@Order(0)
class SearchIndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private static final List<Class<?>> INDEXED = List.of(Article.class, Person.class, Organization.class,
			Meeting.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		for (Class<?> type : INDEXED) {
			long stored;
			long indexed;
			try (EntityManager em = entityManagerFactory.createEntityManager()) {
				stored = em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
					.getSingleResult();
				indexed = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
			}
			if (stored != indexed) {
				log.info("The search index holds {} {} but the database {}: rebuilding the index", indexed,
						type.getSimpleName(), stored);
				Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
				return;
			}
		}
	}

}
