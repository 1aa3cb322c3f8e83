package org.kjnews;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new folder of articles for a test, under {@code target/} like the tests' data folders: {@code ./mvnw clean}
 * takes it away, and a run of the suite leaves nothing behind in the system's temporary folder.
 */
public final class TestFolders {

	private static final Path ROOT = Path.of("target", "test-folders");

	private TestFolders() {
	}

	public static Path create(String name) {
		try {
			return Files.createTempDirectory(Files.createDirectories(ROOT), "kjnews-" + name).toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
