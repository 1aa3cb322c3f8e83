package org.kjnews.search;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.kjnews.article.Article;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class SearchIndexCheckTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	SearchIndexCheck check;

	@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}")
	Path indexRoot;

	private long indexed() {
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			return Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	@Test
	void anIndexOfAnotherMappingIsRebuiltAndMarkedWithTheCurrentOne() throws Exception {
		Path format = indexRoot.resolve(SearchIndexCheck.FORMAT_FILE);
		assertThat(format).hasContent(SearchIndexCheck.FORMAT);
		// an index from before the format file: its documents are written again, all of them
		Files.delete(format);
		var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
		workspace.purge();
		workspace.refresh();
		check.run(null);
		assertThat(indexed()).isEqualTo(5);
		assertThat(format).hasContent(SearchIndexCheck.FORMAT);
	}

	@Test
	void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
		assertThat(indexed()).isEqualTo(5);
		var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(indexed()).isZero();
		check.run(null);
		assertThat(indexed()).isEqualTo(5);
	}

}
