package org.kjnews.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kjnews.TestFolders;
import org.kjnews.ingest.FolderIngester;
import org.kjnews.organization.OrganizationCatalog;
import org.kjnews.system.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reloading never duplicates people, organizations, mentions or roles; changes and removals leave no orphans. */
// the test drives the loader itself: no watcher running it in between
@SpringBootTest(properties = { "kjnews.watch=false", "kjnews.data-dir=target/test-data/${random.uuid}" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EntityLifecycleTest {

	static final Path FOLDER;

	static {
		try {
			FOLDER = TestFolders.create("entities");
			for (String seed : new String[] { "003_474c59f4e8a03b7d.txt", "004_133d51a59ae2b9bf.txt",
					"004_133d51a59ae2b9bf.meta.properties" }) {
				Files.copy(Path.of("seeds", seed), FOLDER.resolve(seed), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new ExceptionInInitializerError(ex);
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
	OrganizationCatalog organizations;

	private long peopleCount() {
		return people.list(null, null, true, new Paging(0, 500)).totalItems();
	}

	@Test
	@Order(1)
	void reloadingTheSameFolderCreatesNothingNew() {
		long before = peopleCount();
		long organizationsBefore = organizations.list(null, null, null, true, new Paging(0, 500)).totalItems();
		PersonDetail chey = people.find("chey-tae-won").orElseThrow();
		ingester.ingestAll();
		ingester.ingestAll();
		assertThat(peopleCount()).isEqualTo(before);
		assertThat(organizations.list(null, null, null, true, new Paging(0, 500)).totalItems()).isEqualTo(organizationsBefore);
		PersonDetail again = people.find("chey-tae-won").orElseThrow();
		assertThat(again.mentionCount()).isEqualTo(chey.mentionCount());
		assertThat(again.roles()).hasSameSizeAs(chey.roles());
		assertThat(again.articleCount()).isEqualTo(2);
	}

	@Test
	@Order(2)
	void aChangedArticleUpdatesItsMentionsAndDropsWhoItNoLongerNames() throws IOException {
		assertThat(people.find("howard-lutnick")).isPresent();
		Path file = FOLDER.resolve("004_133d51a59ae2b9bf.txt");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, text.replace("Commerce Secretary Howard Lutnick", "a senior official"),
				StandardCharsets.UTF_8);
		ingester.ingestAll();
		assertThat(people.find("howard-lutnick")).isEmpty();
		assertThat(people.find("donald-trump")).isPresent();
	}

	@Test
	@Order(3)
	void aRemovedArticleLeavesNoOrphans() throws IOException {
		assertThat(people.find("kim-gyu-pan")).isPresent();
		Files.delete(FOLDER.resolve("003_474c59f4e8a03b7d.txt"));
		ingester.ingestAll();
		assertThat(people.find("kim-gyu-pan")).isEmpty();
		assertThat(organizations.find("daegu-university")).isEmpty();
		PersonDetail lee = people.find("lee-jae-myung").orElseThrow();
		assertThat(lee.articleCount()).isEqualTo(1);
	}

}
