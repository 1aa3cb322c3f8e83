package org.kjnews.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings the outside world relies on.
 *
 * @param seedsDir the folder of articles, the source of truth
 * @param dataDir where the H2 database and the Lucene index live; derived data, safe to delete
 * @param maxFileSize files larger than this many bytes are skipped rather than read
 * @param watch whether files added, changed or removed while the application runs are read at once
 * @param watchQuietPeriod how long the folder must be still before it is read again, so that a file being
 * written is read once it is complete
 */
@ConfigurationProperties("kjnews")
public record KjNewsProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("data") Path dataDir,
		@DefaultValue("1000000") long maxFileSize, @DefaultValue("true") boolean watch,
		@DefaultValue("1s") Duration watchQuietPeriod) {
}
