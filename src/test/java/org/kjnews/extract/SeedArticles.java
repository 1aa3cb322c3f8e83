package org.kjnews.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny test-only reader of the seed text files into {@link ArticleText}: lines become blocks, furniture is
 * dropped, image lines give their caption and credit, copyright and "edited by" lines give the source, "BY NAME"
 * the byline. The real reader lives in org.kjnews.ingest; this keeps the extraction tests independent of it.
 */
final class SeedArticles {

	private static final Pattern IMAGE = Pattern.compile("^!\\[(.*)]\\((\\S+)\\)\\s*$");

	private static final Pattern BRACKET_CREDIT = Pattern.compile("^(.*?)\\s*\\[([^\\]]+)]\\s*$");

	private static final Pattern SLASH_CREDIT = Pattern.compile("^(.*?)\\s*/\\s*Source:\\s*(.+)$");

	private static final Pattern BYLINE = Pattern.compile("^BY\\s+([A-Z][A-Z .'-]+?)\\s*(\\[.*])?$");

	private static final Pattern FURNITURE = Pattern.compile(
			"(?i)^(print page.*|facebook share|tweet share|no comments|post a comment|most viewed|#.*|[A-Z][a-z]{2} \\d{2}, \\d{4}, .*)$");

	private SeedArticles() {
	}

	static ArticleText read(Path file, boolean firstLineIsTitle) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String title = null;
		String byline = null;
		String source = null;
		List<String> blocks = new ArrayList<>();
		List<String> credits = new ArrayList<>();
		String lastCaption = null;
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || FURNITURE.matcher(line).matches()) {
				continue;
			}
			if (firstLineIsTitle && title == null) {
				title = line;
				continue;
			}
			Matcher m;
			if (line.startsWith("Copyright by ")) {
				source = line.substring("Copyright by ".length()).strip();
				continue;
			}
			if (line.startsWith("©")) {
				source = line.substring(1).replaceAll("\\(.*$", "").strip();
				continue;
			}
			if (line.startsWith("Translated from") && line.contains("edited by")) {
				source = line.replaceAll("^.*edited by\\s+", "").replaceAll("\\s+staff\\.?$", "");
				continue;
			}
			if ((m = BYLINE.matcher(line)).matches()) {
				byline = nameCase(m.group(1));
				continue;
			}
			if ((m = IMAGE.matcher(line)).matches()) {
				String caption = m.group(1);
				Matcher c = BRACKET_CREDIT.matcher(caption);
				if (c.matches()) {
					credits.add(c.group(2));
					caption = c.group(1);
				}
				if (!caption.equals(lastCaption) && !caption.equals(title)) {
					blocks.add(caption);
				}
				lastCaption = caption;
				continue;
			}
			if ((m = SLASH_CREDIT.matcher(line)).matches()) {
				credits.add(m.group(2).strip());
				line = m.group(1);
			}
			Matcher c = BRACKET_CREDIT.matcher(line);
			if (c.matches() && c.group(2).equals(c.group(2).toUpperCase(Locale.ROOT))) {
				line = c.group(1);
			}
			if (line.equals(lastCaption)) {
				continue; // the caption repeated under its image
			}
			blocks.add(line);
		}
		return new ArticleText(title, blocks, byline, credits, source, null);
	}

	private static String nameCase(String upper) {
		StringBuilder b = new StringBuilder();
		boolean start = true;
		char prev = ' ';
		for (char ch : upper.toLowerCase(Locale.ROOT).toCharArray()) {
			b.append(start && prev != '-' ? Character.toUpperCase(ch) : ch);
			start = !Character.isLetter(ch);
			prev = ch;
		}
		return b.toString().strip();
	}

}
