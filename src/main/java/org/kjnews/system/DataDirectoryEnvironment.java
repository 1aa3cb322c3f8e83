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
 * {@code data/db}: the directory is made absolute first.
 */
public class DataDirectoryEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String DATA_DIR = "kjnews.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Path dataDir = Path.of(environment.getProperty(DATA_DIR, "data")).toAbsolutePath().normalize();
		Map<String, Object> defaults = new HashMap<>();
		if (!environment.containsProperty("spring.datasource.url")) {
			defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db").resolve("kjnews"));
		}
		String indexRoot = "spring.jpa.properties.hibernate.search.backend.directory.root";
		if (!environment.containsProperty(indexRoot)) {
			defaults.put(indexRoot, dataDir.resolve("index").toString());
		}
		environment.getPropertySources().addLast(new MapPropertySource("kjnewsDataDirectory", defaults));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
