package org.kjnews.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	String SUMMARY = "select new org.kjnews.article.ArticleSummary(a.slug, a.title, a.source, a.publishedDate, "
			+ "a.publishedTime, a.publishedPrecision, a.publishedBasis, a.publishedNote, a.sourceFile, a.url, a.lead) "
			+ "from Article a ";

	/** Summaries by id, each row the id and the summary: for pages of search hits. */
	String SUMMARY_BY_ID = "select a.id, new org.kjnews.article.ArticleSummary(a.slug, a.title, a.source, a.publishedDate, "
			+ "a.publishedTime, a.publishedPrecision, a.publishedBasis, a.publishedNote, a.sourceFile, a.url, a.lead) "
			+ "from Article a where a.id in :ids";

	Article save(Article article);

	@Modifying
	@Query("update Article a set a.fileStamp = :fileStamp where a.sourceFile = :sourceFile")
	int restamp(String sourceFile, String fileStamp);

	void delete(Article article);

	Optional<Article> findBySlug(String slug);

	Optional<Article> findBySourceFile(String sourceFile);

	boolean existsBySlug(String slug);

	long count();

	@Query("select a.slug from Article a")
	List<String> findAllSlugs();

	@Query("select new org.kjnews.article.StoredFile(a.sourceFile, a.contentHash, a.fileStamp) from Article a")
	List<StoredFile> findStoredFiles();

	@Query(SUMMARY + "order by a.sortKey")
	List<ArticleSummary> findSummaries(Pageable page);

	@Query("select new org.kjnews.article.ArticleLink(a.slug, a.title) from Article a where a.sortKey < :sortKey order by a.sortKey desc")
	List<ArticleLink> findNewer(String sortKey, Limit limit);

	@Query("select new org.kjnews.article.ArticleLink(a.slug, a.title) from Article a where a.sortKey > :sortKey order by a.sortKey")
	List<ArticleLink> findOlder(String sortKey, Limit limit);

}
