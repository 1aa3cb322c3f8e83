package org.kjnews.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The lines of a word list shipped with the application: UTF-8, stripped, blank lines and {@code #} comments left out. */
public final class ResourceLines {

	private ResourceLines() {
	}

	/** @param path on the class path, from its root ({@code /knowledge/titles.txt}) */
	public static List<String> of(String path) {
		return of(path, false);
	}

	/** The lines, comments included when {@code keepComments} (a file whose comments carry data). */
	static List<String> of(String path, boolean keepComments) {
		List<String> out = new ArrayList<>();
		try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("word list missing: " + path);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String stripped = line.strip();
				if (!stripped.isEmpty() && (keepComments || !stripped.startsWith("#"))) {
					out.add(stripped);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

}
