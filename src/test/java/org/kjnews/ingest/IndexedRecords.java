package org.kjnews.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.meeting.Meeting;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people, organizations and meetings that the search index and the database disagree on (none, if right): a
 * document left of a deleted record is a name the search offers and a link to a page that is gone, and a count
 * the index did not follow puts a list searched by name in the wrong order.
 */
final class IndexedRecords {

	private IndexedRecords() {
	}

	static List<String> wrong(EntityManagerFactory entityManagers, DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> wrong = new ArrayList<>();
		EntityManager em = entityManagers.createEntityManager();
		try {
			for (Class<?> type : List.of(Person.class, Organization.class, Meeting.class)) {
				Set<Long> indexed = new HashSet<>(Search.session(em)
					.search(type)
					.select(f -> f.id(Long.class))
					.where(f -> f.matchAll())
					.fetchAllHits());
				Set<Long> stored = new HashSet<>(
						jdbc.queryForList("select id from " + type.getSimpleName().toLowerCase(), Long.class));
				indexed.stream().filter(id -> !stored.contains(id))
					.forEach(id -> wrong.add(type.getSimpleName() + " " + id + " is in the index, not stored"));
				stored.stream().filter(id -> !indexed.contains(id))
					.forEach(id -> wrong.add(type.getSimpleName() + " " + id + " is stored, not in the index"));
			}
			// the lists searched by name sort on the counts of the index
			for (Class<?> type : List.of(Person.class, Organization.class)) {
				jdbc.query("select id, mention_count from " + type.getSimpleName().toLowerCase(), row -> {
					long id = row.getLong(1);
					int count = row.getInt(2);
					long same = Search.session(em)
						.search(type)
						.where(f -> f.bool()
							.must(f.id().matching(id))
							.must(f.match().field("mentionCount").matching(count)))
						.fetchTotalHitCount();
					if (same == 0) {
						wrong.add(type.getSimpleName() + " " + id + " has " + count + " mentions, not so in the index");
					}
				});
			}
		}
		finally {
			em.close();
		}
		return wrong;
	}

}
