package org.kjnews.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kjnews.TestFolders;
import org.kjnews.article.ArticleCatalog;
import org.kjnews.article.ArticleSummary;
import org.kjnews.article.Segment;
import org.kjnews.person.PersonCatalog;
import org.kjnews.search.ArticleFilter;
import org.kjnews.search.ArticleSearch;
import org.kjnews.search.FacetValue;
import org.kjnews.person.PersonSummary;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a run, whoever no article names any more is gone and everyone else's counts are right, and the tidying
 * looks only at what the run changed: a run over an unchanged folder writes nothing at all (in a large archive,
 * recounting everyone after every change of one file took minutes). Whoever is gone is gone from the search too.
 */
@SpringBootTest(properties = { "kjnews.watch=false", "kjnews.data-dir=target/test-data/${random.uuid}",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector="
				+ "org.kjnews.ingest.TidyAfterChangesTest$Statements" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TidyAfterChangesTest {

	static final Path FOLDER;

	static {
		try {
			FOLDER = TestFolders.create("tidy");
			write("first.txt", """
					Hydrogen council meets in Seoul
					May 8, 2025
					Kim Min-jun, president of the Korea Hydrogen Council, met Sato Kenji, chairman of the Japan \
					Robotics Federation, in Seoul on Thursday.
					Kim said the two groups would meet again next year.
					""");
			write("second.txt", """
					Steel makers talk tariffs
					May 9, 2025
					Kim Min-jun, president of the Korea Hydrogen Council, spoke at the forum in Busan.
					Lee Seo-yeon, director of the Korea Steel Association, said exports were rising.
					""");
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	/** Every SQL statement Hibernate sends, in order. */
	public static final class Statements implements StatementInspector {

		static final List<String> SENT = new CopyOnWriteArrayList<>();

		@Override
		public String inspect(String sql) {
			SENT.add(sql);
			return sql;
		}

	}

	@DynamicPropertySource
	static void folder(DynamicPropertyRegistry registry) {
		registry.add("kjnews.seeds-dir", FOLDER::toString);
	}

	@Autowired
	FolderIngester ingester;

	@Autowired
	PersonCatalog people;

	@Autowired
	ArticleCatalog articles;

	@Autowired
	ArticleSearch search;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagers;

	private static void write(String name, String text) throws IOException {
		Files.writeString(FOLDER.resolve(name), text, StandardCharsets.UTF_8);
	}

	/** The person facet of the whole list: articles per person, by name (counted in the index, and kept). */
	private Map<String, Long> personFacet() {
		return search.find(new ArticleFilter(null, List.of(), List.of(), null, null), new Paging(0, 20))
			.people()
			.stream()
			.collect(Collectors.toMap(FacetValue::label, FacetValue::count));
	}

	/** Mentions per person, by name. */
	private Map<String, Integer> mentionsByPerson() {
		return people.list(null, null, true, new Paging(0, 100))
			.items()
			.stream()
			.collect(Collectors.toMap(PersonSummary::name, PersonSummary::mentionCount));
	}

	/** Articles per person, by name. */
	private Map<String, Integer> articlesByPerson() {
		return people.list(null, null, true, new Paging(0, 100))
			.items()
			.stream()
			.collect(Collectors.toMap(PersonSummary::name, PersonSummary::articleCount));
	}

	@Test
	@Order(1)
	void countsAfterTheFirstRun() {
		assertThat(articlesByPerson()).containsEntry("Kim Min-jun", 2)
			.containsEntry("Sato Kenji", 1)
			.containsEntry("Lee Seo-yeon", 1);
		assertThat(personFacet()).containsEntry("Kim Min-jun", 2L).containsEntry("Lee Seo-yeon", 1L);
		// named twice in the first article ("Kim Min-jun", "Kim said") and once in the second
		assertThat(mentionsByPerson()).containsEntry("Kim Min-jun", 3).containsEntry("Sato Kenji", 1);
		// a first run adds what each new article gave, counting nobody again: the sums must be the counts
		assertThat(StoredCounts.wrong(dataSource)).isEmpty();
		assertThat(IndexedRecords.wrong(entityManagers, dataSource)).isEmpty();
	}

	@Test
	@Order(1)
	void theReaderLinksEveryPlaceAnArticleNamesSomeone() {
		String slug = articles.list(new Paging(0, 10))
			.items()
			.stream()
			.filter(a -> a.title().equals("Hydrogen council meets in Seoul"))
			.map(ArticleSummary::slug)
			.findFirst()
			.orElseThrow();
		List<String> linked = articles.find(slug)
			.orElseThrow()
			.readerBlocks()
			.stream()
			.flatMap(b -> b.segments().stream())
			.filter(s -> "kim-min-jun".equals(s.slug()))
			.map(Segment::text)
			.toList();
		assertThat(linked).containsExactly("Kim Min-jun", "Kim");
	}

	@Test
	@Order(2)
	void aRunOverAnUnchangedFolderWritesNothing() {
		Statements.SENT.clear();
		ingester.ingestAll();
		assertThat(Statements.SENT).isNotEmpty()
			.noneMatch(sql -> sql.toLowerCase(Locale.ROOT).matches("\\s*(update|delete|insert)\\b.*"));
	}

	@Test
	@Order(3)
	void aChangedArticleRecountsWhomItNamedAndDropsWhomNoOneNames() throws IOException {
		write("second.txt", """
				Steel makers talk tariffs
				May 9, 2025
				Choi Ji-ho, director of the Korea Steel Association, said exports were rising.
				""");
		ingester.ingestAll();
		assertThat(articlesByPerson()).containsEntry("Kim Min-jun", 1)
			.containsEntry("Sato Kenji", 1)
			.containsEntry("Choi Ji-ho", 1)
			.doesNotContainKey("Lee Seo-yeon");
		// the facet counts kept for the whole list are counted again once the index changed
		assertThat(personFacet()).containsEntry("Kim Min-jun", 1L)
			.containsEntry("Choi Ji-ho", 1L)
			.doesNotContainKey("Lee Seo-yeon");
		assertThat(StoredCounts.wrong(dataSource)).isEmpty();
		assertThat(IndexedRecords.wrong(entityManagers, dataSource)).isEmpty();
	}

	@Test
	@Order(4)
	void aDeletedArticleTakesAwayWhomOnlyItNamed() throws IOException {
		Files.delete(FOLDER.resolve("first.txt"));
		ingester.ingestAll();
		assertThat(articlesByPerson()).containsOnlyKeys("Choi Ji-ho");
		assertThat(StoredCounts.wrong(dataSource)).isEmpty();
		assertThat(IndexedRecords.wrong(entityManagers, dataSource)).isEmpty();
	}

	@Test
	@Order(5)
	void aNewArticleAddsToTheCountsOfThoseAlreadyKnown() throws IOException {
		write("third.txt", """
				Steel talks resume
				May 10, 2025
				Choi Ji-ho, director of the Korea Steel Association, met Park Do-yun in Incheon.
				Choi said exports to Japan would keep rising.
				""");
		ingester.ingestAll();
		assertThat(articlesByPerson()).containsEntry("Choi Ji-ho", 2).containsEntry("Park Do-yun", 1);
		assertThat(StoredCounts.wrong(dataSource)).isEmpty();
		assertThat(IndexedRecords.wrong(entityManagers, dataSource)).isEmpty();
	}

}
