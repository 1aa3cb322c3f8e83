package org.kjnews.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the outside world relies on.
 *
 * @param seedsDir the folder of articles, the source of truth
 * @param dataDir where the H2 database and the Lucene index live; derived data, safe to delete
 * @param maxFileSize files larger than this many bytes are skipped rather than read
 */
@ConfigurationProperties("kjnews")
public record KjNewsProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("data") Path dataDir,
		@DefaultValue("1000000") long maxFileSize) {
}
