package org.kjnews.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.Article;
import org.kjnews.article.ArticleRepository;
import org.kjnews.article.ParsedArticle;
import org.kjnews.article.StoredFile;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.extract.Extraction;
import org.kjnews.system.BackgroundIndexing;
import org.kjnews.system.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what the loader read, a batch of files to a transaction; the loader stores a failed batch again file by
 * file, so a file that fails leaves the previous state of its article.
 */
@Component
class ArticleStore {

	private final ArticleRepository articles;

	private final TransactionTemplate transaction;

	private final ExtractionStore extractions;

	private final EntityManager entityManager;

	private final BackgroundIndexing backgroundIndexing;

	/** Whether a run of the loader is under way (see {@link #beginRun()}). */
	private boolean inRun;

	/** The article slugs taken, kept during a run; null until needed. */
	private Set<String> articleSlugs;

	ArticleStore(ArticleRepository articles, TransactionTemplate transaction, ExtractionStore extractions,
			EntityManager entityManager, BackgroundIndexing backgroundIndexing) {
		this.backgroundIndexing = backgroundIndexing;
		this.articles = articles;
		this.transaction = transaction;
		this.extractions = extractions;
		this.entityManager = entityManager;
	}

	/** What is stored of every article (its content hash and file stamp), by source file. */
	Map<String, StoredFile> known() {
		return articles.findStoredFiles().stream().collect(Collectors.toMap(StoredFile::sourceFile, f -> f));
	}

	/**
	 * One file's article and what extraction found in it.
	 *
	 * @param stored whether an article of this file was stored when the run began (if not, none is looked for)
	 */
	record Save(String sourceFile, boolean stored, String contentHash, String fileStamp, ParsedArticle content,
			Extraction extraction, List<ExtractedMeeting> meetings) {
	}

	/**
	 * Starts a run of the loader: until {@link #endRun()}, what storing needs to know of the people, organizations,
	 * meetings and slugs stored is kept in memory between batches instead of asked of the database. Only the loader
	 * writes these, one run at a time.
	 */
	void beginRun() {
		inRun = true;
	}

	void endRun() {
		inRun = false;
		forget();
	}

	/** Stores the articles in one transaction: all of them, or (on an exception) none. */
	void saveAll(List<Save> batch) {
		try {
			transaction.executeWithoutResult(status -> {
				// A run writes many files: the index catches up in the background, and visibleInSearch() waits for
				// it once at the end, instead of every batch waiting for an index commit of its own.
				backgroundIndexing.appliesTo(Search.session(entityManager));
				// Storing asks the database (almost) nothing during a run: what it needs is kept in memory, and
				// changes go to the database at the commit.
				entityManager.setFlushMode(FlushModeType.COMMIT);
				for (Save save : batch) {
					Article article = save.stored() ? articles.findBySourceFile(save.sourceFile()).orElse(null) : null;
					boolean isNew = article == null;
					if (isNew) {
						article = new Article(save.sourceFile(), uniqueSlug(save.sourceFile()));
					}
					article.replaceContent(save.content(), save.contentHash(), save.fileStamp(), Instant.now());
					if (isNew) {
						entityManager.persist(article);
						slugs().add(article.getSlug());
					}
					extractions.replace(article, isNew, save.extraction(), save.meetings());
				}
			});
			extractions.committed();
		}
		catch (RuntimeException ex) {
			forget(); // what was kept may hold what the rollback undid
			throw ex;
		}
		finally {
			if (!inRun) {
				forget();
			}
		}
	}

	private void forget() {
		articleSlugs = null;
		extractions.forget();
	}

	private Set<String> slugs() {
		if (articleSlugs == null) {
			articleSlugs = new HashSet<>(articles.findAllSlugs());
		}
		return articleSlugs;
	}

	/** Records the stamp of a file whose content turned out unchanged (it was only touched). */
	void restamp(String sourceFile, String fileStamp) {
		transaction.executeWithoutResult(status -> articles.restamp(sourceFile, fileStamp));
	}

	/**
	 * After a run: drops the people and organizations nothing mentions any more, recounts the rest, and indexes the
	 * counts that changed.
	 */
	void tidy() {
		transaction.executeWithoutResult(status -> extractions.tidy());
		extractions.indexCounts(extractions.tidied());
	}

	/** Waits until everything this run wrote is committed to the index and visible to searches. */
	void visibleInSearch() {
		backgroundIndexing.awaitAll();
		var workspace = Search.mapping(entityManager.getEntityManagerFactory()).scope(Object.class).workspace();
		workspace.flush();
		workspace.refresh();
	}

	/**
	 * Deletes the articles whose files are gone from the folder; returns their files.
	 *
	 * @param stored the files of the articles stored, as {@link #known()} gave them
	 */
	List<String> removeAllExcept(Set<String> present, Collection<StoredFile> stored) {
		List<String> removed = new ArrayList<>();
		for (StoredFile file : stored) {
			if (!present.contains(file.sourceFile())) {
				transaction.executeWithoutResult(
						status -> articles.findBySourceFile(file.sourceFile()).ifPresent(article -> {
							extractions.removing(article);
							articles.delete(article);
						}));
				removed.add(file.sourceFile());
			}
		}
		return removed;
	}

	/** The slug comes from the file's path, so it survives a rebuild of the database; clashes get a suffix. */
	private String uniqueSlug(String sourceFile) {
		int dot = sourceFile.lastIndexOf('.');
		String slug = Slugs.of(dot > 0 ? sourceFile.substring(0, dot) : sourceFile);
		if (!slugs().contains(slug)) {
			return slug;
		}
		return slug + "-" + Integer.toHexString(sourceFile.hashCode() & 0xFFFFFF);
	}

}
