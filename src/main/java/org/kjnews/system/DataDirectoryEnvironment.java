package org.kjnews.system;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the H2 database and the Lucene index under {@code kjnews.data-dir}, unless a datasource or index root is
 * configured explicitly. Done here rather than with placeholders because H2 refuses relative file paths such as
 * {@code data/db}: the directory is made absolute first. The Lucene settings are given only when the search backend
 * is Lucene: on Elasticsearch (profile elasticsearch) Hibernate Search would warn that they are not used.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIR = "kjnews.data-dir";

	private static final String BACKEND = "spring.jpa.properties.hibernate.search.backend.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, "data")).toAbsolutePath().normalize();
		Map<String, Object> defaults = new HashMap<>();
		if (!environment.containsProperty("spring.datasource.url")) {
			defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("kjnews"));
		}
		if ("lucene".equals(environment.getProperty(BACKEND + "type", "lucene"))) {
			defaults.put(BACKEND + "directory.root", dataDir.resolve("index").toString());
			defaults.put(BACKEND + "lucene_version", "LATEST");
		}
		// added last: anything set explicitly (properties, arguments, environment variables) wins
		environment.getPropertySources().addLast(new MapPropertySource("kjnewsDataDirectory", defaults));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
