package org.kjnews.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string lives in the message bundles, and the English, Korean and Japanese bundles have the same keys:
 * a key missing from one language, a key a template asks for that no bundle has, or text written straight into a
 * template fails here.
 */
class MessageBundlesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Attributes a reader sees or hears, which must come from the bundles like any text. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "content", "value");

	/** Attributes whose Thymeleaf form replaces the element's text, so the text inside is only a sample. */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove");

	private static Properties bundle(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
			assertThat(in).as("messages%s.properties", suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
		for (String language : List.of("_ko", "_ja")) {
			Set<String> other = new TreeSet<>(bundle(language).stringPropertyNames());
			Set<String> missing = new TreeSet<>(english);
			missing.removeAll(other);
			Set<String> extra = new TreeSet<>(other);
			extra.removeAll(english);
			assertThat(missing).as("keys of messages.properties missing from messages%s.properties", language).isEmpty();
			assertThat(extra).as("keys of messages%s.properties that English lacks", language).isEmpty();
		}
	}

	/**
	 * A message with arguments goes through {@code MessageFormat}, where an apostrophe is written twice; one without
	 * is shown as written, where twice would show twice.
	 */
	@Test
	void apostrophesAreWrittenAsEachMessageIsRead() throws IOException {
		for (String language : List.of("", "_ko", "_ja")) {
			bundle(language).forEach((key, value) -> {
				String text = (String) value;
				boolean formatted = text.matches("(?s).*\\{\\d.*");
				if (formatted) {
					assertThat(text.replace("''", "")).as("%s%s", key, language).doesNotContain("'");
				}
				else {
					assertThat(text).as("%s%s", key, language).doesNotContain("''");
				}
			});
		}
	}

	@Test
	void theKoreanAndJapaneseBundlesAreTranslatedNotCopied() throws IOException {
		Properties english = bundle("");
		for (String language : List.of("_ko", "_ja")) {
			Properties other = bundle(language);
			long same = english.stringPropertyNames()
				.stream()
				.filter(k -> !k.endsWith(".example")) // a search typed is the same in every language
				.filter(k -> english.getProperty(k).equals(other.getProperty(k)))
				.count();
			// the brand, the API's name, date-only patterns and the languages' own names are the same everywhere
			assertThat(same).as("messages%s.properties values identical to English", language).isLessThan(10);
		}
	}

	@Test
	void everyKeyATemplateAsksForExists() throws IOException {
		Set<String> keys = bundle("").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([\\w.]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateHasTextWrittenIntoIt() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			String name = TEMPLATES.relativize(template).toString();
			for (Element element : doc.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter) && !replaced(element)) {
						hardCoded.add(name + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READ_ATTRIBUTES.contains(attribute.getKey())
							&& attribute.getValue().codePoints().anyMatch(Character::isLetter)
							&& !element.hasAttr("th:" + attribute.getKey()) && !element.hasAttr("th:attr")
							&& !replaced(element) && !isMetaTechnical(element)) {
						hardCoded.add(name + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(hardCoded).as("text in templates that is not from messages*.properties").isEmpty();
	}

	/** The text is a sample that Thymeleaf replaces (on the element or an ancestor). */
	private static boolean replaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				// a page's <html th:replace="~{layout(~{::title}, ~{::main})}"> hands its own content to the layout
				if (e.hasAttr(attribute) && !e.tagName().equals("html")) {
					return true;
				}
			}
			if (Map.of("script", 1, "style", 1).containsKey(e.tagName())) {
				return true;
			}
		}
		return false;
	}

	/** {@code <meta name="viewport" content="…">} and the like are for the browser, not the reader. */
	private static boolean isMetaTechnical(Element element) {
		return element.tagName().equals("meta") || element.tagName().equals("input") && !element.hasAttr("placeholder");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

}
