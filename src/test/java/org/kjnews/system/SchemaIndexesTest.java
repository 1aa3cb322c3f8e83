package org.kjnews.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the migrations, every foreign-key column leads an index (person pages, meeting pages and the tidying look
 * rows up by them), and no table has two indexes on the same columns (each copy is written on every insert).
 */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
class SchemaIndexesTest {

	@Autowired
	DataSource dataSource;

	@Test
	void everyForeignKeyIsIndexedOnceOnH2() throws SQLException {
		assertThat(problems(dataSource)).isEmpty();
	}

	/** What is wrong with the indexes of the schema's tables: shared with the PostgreSQL test. */
	static List<String> problems(DataSource dataSource) throws SQLException {
		List<String> problems = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			String schema = connection.getSchema();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					if (!rs.getString("TABLE_NAME").toLowerCase().startsWith("flyway")) {
						tables.add(rs.getString("TABLE_NAME"));
					}
				}
			}
			assertThat(tables).as("tables of the schema").isNotEmpty();
			for (String table : tables) {
				// index name → its columns in order
				Map<String, TreeMap<Short, String>> indexes = new TreeMap<>();
				try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
					while (rs.next()) {
						if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
							indexes.computeIfAbsent(rs.getString("INDEX_NAME"), i -> new TreeMap<>())
								.put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase());
						}
					}
				}
				Map<List<String>, String> byColumns = new TreeMap<>((a, b) -> String.join(",", a).compareTo(String.join(",", b)));
				indexes.forEach((name, columns) -> {
					String other = byColumns.put(List.copyOf(columns.values()), name);
					if (other != null) {
						problems.add(table + ": " + name + " and " + other + " both index " + columns.values());
					}
				});
				try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
					while (rs.next()) {
						String column = rs.getString("FKCOLUMN_NAME").toLowerCase();
						if (byColumns.keySet().stream().noneMatch(columns -> columns.get(0).equals(column))) {
							problems.add(table + "." + column + " references " + rs.getString("PKTABLE_NAME")
									+ " but leads no index");
						}
					}
				}
			}
		}
		return problems;
	}

}
