package org.kjnews.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article: the first node typed
 * {@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle} (or another kind of article), found in an
 * object, an array or a {@code @graph}, with {@code @id} references inside a graph followed. Malformed blocks are
 * passed over: the page still has its HTML.
 *
 * @param headline {@code headline} (or {@code name})
 * @param datePublished {@code datePublished} as written
 * @param authors the names in {@code author}: a string, an object with {@code name}, or an array of either
 * @param publisher {@code publisher.name}
 * @param siteName the name of a {@code WebSite} or news organization node, when there is no publisher
 * @param url {@code url} or {@code mainEntityOfPage}
 * @param articleBody {@code articleBody}, which some pages give in full
 */
record JsonLdArticle(String headline, String datePublished, List<String> authors, String publisher, String siteName,
		String url, String articleBody) {

	static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null, null, null);

	private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
			"analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
			"liveblogposting", "scholarlyarticle", "report", "socialmediaposting");

	private static final Set<String> SITE_TYPES = Set.of("website", "newsmediaorganization", "organization");

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
				JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
		.build();

	static JsonLdArticle of(Document page) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : page.select("script[type]")) {
			if (!script.attr("type").strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/ld+json")) {
				continue;
			}
			String json = script.data().strip().replaceAll("^<!--|-->$", "").replaceAll("^//\\s*<!\\[CDATA\\[|//\\s*]]>$", "");
			try {
				flatten(MAPPER.readTree(json), nodes);
			}
			catch (JacksonException ex) {
				// a broken block: the page's HTML still says what it says
			}
		}
		Map<String, JsonNode> byId = new HashMap<>();
		for (JsonNode node : nodes) {
			String id = text(node.get("@id"));
			if (id != null) {
				byId.putIfAbsent(id, node);
			}
		}
		JsonNode article = nodes.stream().filter(n -> hasType(n, ARTICLE_TYPES)).findFirst().orElse(null);
		String siteName = nodes.stream()
			.filter(n -> hasType(n, SITE_TYPES))
			.map(n -> text(n.get("name")))
			.filter(n -> n != null)
			.findFirst()
			.orElse(null);
		if (article == null) {
			return siteName == null ? NONE : new JsonLdArticle(null, null, List.of(), null, siteName, null, null);
		}
		String headline = text(article.get("headline"));
		return new JsonLdArticle(headline != null ? headline : text(article.get("name")),
				text(article.get("datePublished")), names(article.get("author"), byId),
				names(article.get("publisher"), byId).stream().findFirst().orElse(null), siteName,
				url(article, byId), body(article.get("articleBody")));
	}

	/** Every object in a block: the block itself, the members of an array, a {@code @graph}, a {@code mainEntity}. */
	private static void flatten(JsonNode node, List<JsonNode> into) {
		if (node == null) {
			return;
		}
		if (node.isArray()) {
			node.forEach(n -> flatten(n, into));
		}
		else if (node.isObject()) {
			into.add(node);
			flatten(node.get("@graph"), into);
			JsonNode main = node.get("mainEntity");
			if (main != null && (main.isObject() || main.isArray())) {
				flatten(main, into);
			}
		}
	}

	private static boolean hasType(JsonNode node, Set<String> types) {
		JsonNode type = node.get("@type");
		if (type == null) {
			return false;
		}
		List<JsonNode> all = new ArrayList<>();
		if (type.isArray()) {
			type.forEach(all::add);
		}
		else {
			all.add(type);
		}
		for (JsonNode t : all) {
			String name = text(t);
			if (name != null) {
				// "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle"
				String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
				if (types.contains(local.toLowerCase(java.util.Locale.ROOT))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The names in a person or organization value: a string, an object (or a reference to one), or an array. */
	private static List<String> names(JsonNode value, Map<String, JsonNode> byId) {
		Set<String> names = new LinkedHashSet<>();
		List<JsonNode> all = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach(all::add);
		}
		else if (value != null) {
			all.add(value);
		}
		for (JsonNode one : all) {
			String name;
			if (one.isObject()) {
				JsonNode target = one.has("name") ? one : byId.getOrDefault(text(one.get("@id")), one);
				name = text(target.get("name"));
			}
			else {
				name = text(one);
			}
			if (name != null && !name.matches("(?i)https?://.*")) {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

	private static String url(JsonNode article, Map<String, JsonNode> byId) {
		String url = text(article.get("url"));
		if (url == null) {
			JsonNode main = article.get("mainEntityOfPage");
			if (main != null) {
				url = main.isObject() ? firstNonNull(text(main.get("@id")), text(main.get("url"))) : text(main);
			}
		}
		return url != null && url.matches("(?i)https?://\\S+") ? url : null;
	}

	private static String body(JsonNode value) {
		String raw = value != null && value.isString() ? value.stringValue() : null;
		return raw == null || raw.isBlank() ? null : raw;
	}

	/** A string value with entities decoded, tags removed and whitespace normalized; null for anything else. */
	static String text(JsonNode value) {
		if (value == null || !value.isString()) {
			return null;
		}
		String raw = value.stringValue();
		String text = raw.indexOf('<') >= 0 ? Jsoup.parse(raw).text() : Parser.unescapeEntities(raw, false);
		text = HtmlText.normalize(text);
		return text.isEmpty() ? null : text;
	}

	private static String firstNonNull(String a, String b) {
		return a != null ? a : b;
	}

}
