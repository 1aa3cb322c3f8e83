package org.kjnews.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Facts about an article that its text lacks, read from a UTF-8 properties file beside it: for
 * {@code seeds/a.txt} the file {@code seeds/a.meta.properties}. Keys: {@code title}, {@code source}, {@code url},
 * {@code byline}, {@code published} ({@code 2025}, {@code 2025-12}, {@code 2025-12-08} or
 * {@code 2025-12-08T09:53}) and {@code published.note} (why that date). A given value wins over the text.
 */
record ArticleMetadata(String title, String source, String url, String byline, PartialDate published) {

	static final String SUFFIX = ".meta.properties";

	static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);

	private static final Pattern PUBLISHED = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(T\\d{2}:\\d{2}(?::\\d{2})?)?)?)?");

	ParsedArticle applyTo(ParsedArticle article) {
		return article.withFacts(title, published, source, url, byline);
	}

	static boolean isMetadataFile(Path file) {
		return file.getFileName().toString().endsWith(SUFFIX);
	}

	/** The metadata file that belongs to an article file, whether it exists or not. */
	static Path fileFor(Path article) {
		String name = article.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return article.resolveSibling(stem + SUFFIX);
	}

	static ArticleMetadata read(Path file) throws IOException {
		Properties props = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			props.load(reader);
		}
		String url = value(props, "url");
		if (url != null && !url.matches("(?i)https?://\\S+")) {
			throw new IllegalArgumentException("url must be an http:// or https:// address, not '" + url + "'");
		}
		return new ArticleMetadata(value(props, "title"), value(props, "source"), url, value(props, "byline"),
				published(value(props, "published"), value(props, "published.note")));
	}

	private static String value(Properties props, String key) {
		String value = props.getProperty(key);
		return value == null || value.isBlank() ? null : value.strip();
	}

	static PartialDate published(String value, String note) {
		if (value == null) {
			return null;
		}
		Matcher m = PUBLISHED.matcher(value);
		if (!m.matches()) {
			throw new IllegalArgumentException("published must look like 2025, 2025-12 or 2025-12-08, not '" + value + "'");
		}
		String why = note != null ? note : Note.of("metadataFile");
		try {
			if (m.group(4) != null) {
				LocalDateTime at = LocalDateTime.parse(value.length() == 16 ? value + ":00" : value);
				return new PartialDate(at.toLocalDate(), at.toLocalTime(), DatePrecision.DAY, DateBasis.METADATA, why);
			}
			if (m.group(3) != null) {
				return PartialDate.ofDay(LocalDate.parse(value), DateBasis.METADATA, why);
			}
			int year = Integer.parseInt(m.group(1));
			if (m.group(2) != null) {
				return PartialDate.ofMonth(year, Integer.parseInt(m.group(2)), DateBasis.METADATA, why);
			}
			return PartialDate.ofYear(year, DateBasis.METADATA, why);
		}
		catch (java.time.DateTimeException ex) {
			throw new IllegalArgumentException("published is not a real date: '" + value + "'", ex);
		}
	}

}
