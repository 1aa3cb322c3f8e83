package org.kjnews.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index is derived from the database and is written on every commit; if it was deleted or lost
 * (say, only {@code data/index} was removed), or a Lucene index was written with another mapping (its
 * {@value #FORMAT_FILE} file names an older {@link #FORMAT}), rebuild it from the database before anything reads it.
 * Only on the instance that writes ({@code kjnews.ingest.enabled}, true unless set): where several share one
 * index, the others would count it while the writer is still loading, and rebuild it under its feet.
 */
@Component
@ConditionalOnProperty(name = "kjnews.ingest.enabled", havingValue = "true", matchIfMissing = true)
@Order(0)
class SearchIndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private static final List<Class<?>> INDEXED = List.of(Article.class, Person.class, Organization.class,
			Meeting.class);

	/**
	 * The mapping of the Lucene index: bump it when a change to the indexed fields needs the documents written again
	 * (2: term vectors for the body, which the highlighter reads instead of analysing the text of every hit again;
	 * 3: every form of a person's or organization's name as one term, for {@link ExactNames}, and stemmed, for
	 * {@link EntityMatches}; 4: "U.S." indexed as "US", and the body's sentences and paragraphs marked for the
	 * highlighter, see {@code SentenceMarks}; 5: the most common words left out, see {@code KjNewsAnalysis}; 6: decimal
	 * points left as they are, so "1.25" is found; 7: people and organizations sortable by name and mentions and counted
	 * by country and kind, for the lists searched by name; 8: Korean and Japanese names found by part, see
	 * {@code KjNewsAnalysis.NAMES}).
	 */
	static final String FORMAT = "8";

	static final String FORMAT_FILE = "kjnews-index-format";

	private final EntityManagerFactory entityManagerFactory;

	/** The Lucene index's folder; null with Elasticsearch, which checks its own mapping. */
	private final Path luceneRoot;

	SearchIndexCheck(EntityManagerFactory entityManagerFactory,
			@Value("${spring.jpa.properties.hibernate.search.backend.directory.root:}") String luceneRoot) {
		this.entityManagerFactory = entityManagerFactory;
		this.luceneRoot = luceneRoot.isBlank() ? null : Path.of(luceneRoot);
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException, IOException {
		if (luceneRoot != null && !FORMAT.equals(format())) {
			// with no article stored there is nothing to index again (a new archive); the counts below still catch
			// documents left in an index whose database was deleted
			boolean rebuilt = stored(Article.class) > 0;
			if (rebuilt) {
				log.info("The search index was written with another mapping (format {}, now {}): rebuilding it",
						format(), FORMAT);
				rebuild();
			}
			Files.createDirectories(luceneRoot);
			Files.writeString(luceneRoot.resolve(FORMAT_FILE), FORMAT);
			if (rebuilt) {
				return;
			}
		}
		for (Class<?> type : INDEXED) {
			long stored = stored(type);
			long indexed;
			try (EntityManager em = entityManagerFactory.createEntityManager()) {
				indexed = Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
			}
			if (stored != indexed) {
				log.info("The search index holds {} {} but the database {}: rebuilding the index", indexed,
						type.getSimpleName(), stored);
				rebuild();
				return;
			}
		}
	}

	private long stored(Class<?> type) {
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			return em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class).getSingleResult();
		}
	}

	/**
	 * The mass indexer first purges the index, which Lucene does by dropping every document and the fields' schema
	 * with them: documents of a changed mapping (term vectors where there were none) can then be written.
	 */
	private void rebuild() throws InterruptedException {
		Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
	}

	/** The format the Lucene index says it was written in; null for none (an index older than the file). */
	private String format() throws IOException {
		Path file = luceneRoot.resolve(FORMAT_FILE);
		return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
	}

}
