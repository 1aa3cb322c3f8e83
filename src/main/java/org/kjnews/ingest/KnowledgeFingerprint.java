package org.kjnews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A hash of the knowledge files: editing them changes every article's content hash, so all are read again. */
final class KnowledgeFingerprint {

	private KnowledgeFingerprint() {
	}

	static String of() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/**/*.*");
			Arrays.sort(files, Comparator.comparing(Resource::getDescription));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
