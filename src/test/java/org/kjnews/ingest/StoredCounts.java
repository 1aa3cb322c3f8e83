package org.kjnews.ingest;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people and organizations whose stored counts differ from their mentions counted afresh, or who have more than
 * one row of mentions in an article (none, if right).
 */
final class StoredCounts {

	private StoredCounts() {
	}

	static List<String> wrong(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		List<String> wrong = new java.util.ArrayList<>();
		for (String[] entity : new String[][] { { "person", "person_mention", "person_id" },
				{ "organization", "organization_mention", "organization_id" } }) {
			wrong.addAll(jdbc.queryForList("""
					select e.name || ': ' || e.mention_count || '/' || e.article_count from %1$s e
					where e.mention_count <> (select coalesce(sum(m.place_count), 0) from %2$s m where m.%3$s = e.id)
					   or e.article_count <> (select count(distinct m.article_id) from %2$s m where m.%3$s = e.id)
					""".formatted((Object[]) entity), String.class));
			// one row per article and entity, every place in it
			wrong.addAll(jdbc.queryForList("""
					select '%1$s ' || m.%3$s || ': ' || count(*) || ' rows in article ' || m.article_id from %2$s m
					group by m.%3$s, m.article_id having count(*) > 1
					""".formatted((Object[]) entity), String.class));
		}
		return wrong;
	}

}
