package org.kjnews.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in a web page the way a reader's eye does, for any site: the page's furniture goes (scripts,
 * navigation, headers and footers, asides, forms, hidden elements, and whatever its class or id calls share,
 * social, related, popular, most-read, newsletter, comment, banner, ad, subscribe, breadcrumb, cookie…), then the
 * element holding most of the paragraph text is the body, widened to its {@code <article>} (or
 * {@code [itemprop=articleBody]}) so that the pictures and subheadings around the text come with it. Nothing that
 * holds half of the page's text is ever removed as furniture, so a site whose wrapper happens to be called
 * "sidebar-layout" still reads.
 */
final class HtmlLayout {

	static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "details",
			"dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
			"h4", "h5", "h6", "header", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
			"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

	/** Removed outright: never article text. */
	private static final String JUNK = "script, style, noscript, template, iframe, frame, frameset, object, embed, "
			+ "applet, svg, math, canvas, audio, video, map, button, input, select, option, textarea, link, meta, base";

	/** Furniture by element, unless it holds the article. */
	private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "menu");

	private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
			"search", "dialog", "alertdialog", "menu", "menubar", "toolbar");

	/** Class or id words (split at -, _ and camelCase) that name furniture. */
	private static final Set<String> NOISE_WORDS = Set.of("ad", "ads", "adv", "advert", "adslot", "adunit", "adbox",
			"dfp", "gpt", "sns", "share", "comment", "comments", "disqus", "nav", "navbar", "navigation", "menu", "gnb",
			"lnb", "snb", "footer", "masthead", "widget", "modal", "popup", "toolbar", "print", "font", "fontsize",
			"login", "signin", "signup", "follow", "pagination", "pager", "gdpr", "consent", "trending", "ticker",
			"twitter", "facebook", "kakao", "instagram", "tweet", "survey", "feedback", "reaction", "reactions",
			"promo", "promotion", "sponsor", "sponsored", "banner", "sidebar", "breadcrumb", "breadcrumbs", "cookie",
			"cookies", "newsletter", "subscribe", "subscription", "paywall", "outbrain", "taboola", "related",
			"popular", "ranking", "rank", "recommend", "recommended", "recommendation", "recommendations");

	/** Parts of class or id words that name furniture however they are glued ("mostread", "shareBtns"). */
	private static final List<String> NOISE_PARTS = List.of("share", "social", "related", "popular", "newsletter",
			"subscri", "banner", "advert", "breadcrumb", "cookie", "sponsor", "recommend", "mostread", "mostview",
			"outbrain", "taboola", "sidebar", "paywall", "ranking");

	/** Two class or id words in a row that name furniture ("most-read", "read_more", "sr-only"). */
	private static final Set<String> NOISE_PAIRS = Set.of("most read", "most viewed", "most popular", "most shared",
			"most commented", "read more", "see also", "also read", "sign up", "log in", "sr only", "visually hidden",
			"editors picks", "editor picks", "you may", "more from", "next article", "prev article", "previous article",
			"top button", "go top", "back top", "to top", "skip link", "skip to", "read next", "up next");

	private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

	private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	/** A run of paragraph text shorter than this is not counted when looking for the body. */
	private static final int MIN_UNIT = 25;

	private HtmlLayout() {
	}

	/** A piece of paragraph text: the element it is in, the element whose score it adds to, and its length. */
	record Unit(Element element, Element holder, int length) {
	}

	/** Removes scripts and the page's furniture, keeping whatever holds the article. */
	static void clean(Document page) {
		page.select(JUNK).remove();
		Element body = page.body();
		Map<Element, Integer> text = measure(units(body));
		int total = text.getOrDefault(body, 0);
		for (Element e : new ArrayList<>(body.getAllElements())) {
			if (e == body || e.ownerDocument() == null || !isFurniture(e)) {
				continue;
			}
			boolean holdsArticle = total > 0 && text.getOrDefault(e, 0) * 2 >= total
					|| !e.select("[itemprop=articleBody]").isEmpty();
			if (!holdsArticle) {
				e.remove();
			}
		}
	}

	static boolean isFurniture(Element e) {
		String tag = e.normalName();
		if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (tag.equals("header") && e.closest("article") == null && !hasHeadline(e)) {
			return true; // the site's header; an article's own header (with its headline) stays
		}
		if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
				|| HIDDEN_STYLE.matcher(e.attr("style")).find()) {
			return true;
		}
		return namesFurniture(e);
	}

	private static boolean hasHeadline(Element e) {
		return e.select("h1").stream().anyMatch(h -> HtmlText.words(h.text()) >= 3);
	}

	/** Whether the element's class, id or test id calls it furniture. */
	static boolean namesFurniture(Element e) {
		List<String> words = words(e);
		for (int i = 0; i < words.size(); i++) {
			String w = words.get(i);
			if (NOISE_WORDS.contains(w) || NOISE_PARTS.stream().anyMatch(w::contains)) {
				return true;
			}
			if (i + 1 < words.size() && NOISE_PAIRS.contains(w + " " + words.get(i + 1))) {
				return true;
			}
		}
		return false;
	}

	/** The words of the element's class, id and test ids: "articleShare-btn" gives article, share, btn. */
	static List<String> words(Element e) {
		List<String> words = new ArrayList<>();
		for (String attr : new String[] { "class", "id", "data-testid", "data-component" }) {
			String value = e.attr(attr);
			if (value.isEmpty()) {
				continue;
			}
			for (String part : CAMEL.matcher(value).replaceAll("-").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
				if (!part.isEmpty()) {
					words.add(part);
				}
			}
		}
		return words;
	}

	/**
	 * The elements to read, in order: the {@code <article>} around the best-scoring element, else an
	 * {@code [itemprop=articleBody]}, else the best-scoring element with its siblings that hold text or pictures.
	 */
	static List<Element> body(Document page) {
		Element root = page.body();
		List<Unit> units = units(root);
		if (units.isEmpty()) {
			return List.of(root);
		}
		Map<Element, Integer> text = measure(units);
		Element marked = page.select("[itemprop=articleBody]")
			.stream()
			.filter(e -> text.getOrDefault(e, 0) >= 200)
			.max(Comparator.comparingInt(e -> text.getOrDefault(e, 0)))
			.orElse(null);
		Map<Element, Double> scores = new LinkedHashMap<>();
		for (Unit u : units) {
			scores.merge(u.holder(), (double) u.length(), Double::sum);
			if (u.holder().parent() != null) {
				scores.merge(u.holder().parent(), u.length() / 2.0, Double::sum);
			}
		}
		Element best = root;
		double bestScore = 0;
		for (Map.Entry<Element, Double> s : scores.entrySet()) {
			if (s.getValue() > bestScore) {
				best = s.getKey();
				bestScore = s.getValue();
			}
		}
		if (marked != null) {
			best = marked;
			bestScore = scores.getOrDefault(marked, 0.0);
		}
		Element article = best.closest("article");
		if (article != null) {
			return List.of(article);
		}
		if (marked != null) {
			return List.of(marked);
		}
		Element parent = best.parent();
		if (parent == null || best == root) {
			return List.of(best);
		}
		List<Element> read = new ArrayList<>();
		for (Element sibling : parent.children()) {
			if (sibling == best || sibling.normalName().equals("figure")
					|| scores.getOrDefault(sibling, 0.0) >= Math.max(0.2 * bestScore, 60)
					|| sibling.normalName().equals("p") && text.getOrDefault(sibling, 0) >= 80) {
				read.add(sibling);
			}
		}
		return read;
	}

	/**
	 * The paragraph text of a part of the page: each {@code <p>} and each block that holds only inline content is a
	 * unit counted for its parent; the text directly inside a block that also holds other blocks (a Korean site's
	 * {@code <div>text<br><br>text<table>…}) is cut at line breaks into units counted for that block. Links do
	 * not count: text that is mostly links is a list of links.
	 */
	static List<Unit> units(Element root) {
		List<Unit> units = new ArrayList<>();
		for (Element e : root.getAllElements()) {
			String tag = e.normalName();
			if (!BLOCK_TAGS.contains(tag) && e != root) {
				continue;
			}
			if (tag.equals("p") || !hasBlockInside(e)) {
				addUnit(units, e, e.parent() != null ? e.parent() : e, e);
				continue;
			}
			StringBuilder run = new StringBuilder();
			int[] links = { 0 };
			for (Node child : e.childNodes()) {
				if (child instanceof Element c && (BLOCK_TAGS.contains(c.normalName()) || hasBlockInside(c))) {
					addRuns(units, e, run, links);
					continue;
				}
				inlineText(child, run, links, false);
			}
			addRuns(units, e, run, links);
		}
		return units;
	}

	private static void addUnit(List<Unit> units, Element element, Element holder, Element textOf) {
		String text = HtmlText.normalize(textOf.text());
		if (text.length() < MIN_UNIT) {
			return;
		}
		int links = textOf.closest("a") != null ? text.length()
				: textOf.select("a").stream().mapToInt(a -> HtmlText.normalize(a.text()).length()).sum();
		if (links * 2 < text.length()) {
			units.add(new Unit(element, holder, text.length()));
		}
	}

	private static void addRuns(List<Unit> units, Element holder, StringBuilder run, int[] links) {
		int linkChars = links[0];
		for (String line : run.toString().split("\n")) {
			String text = HtmlText.normalize(line);
			// the link share is known for the whole run only; a run that is mostly links is a list of links
			if (text.length() >= MIN_UNIT && linkChars * 2 < run.length()) {
				units.add(new Unit(holder, holder, text.length()));
			}
		}
		run.setLength(0);
		links[0] = 0;
	}

	/** The text of inline content, a line break for each {@code <br>}; link text is counted in {@code links[0]}. */
	static void inlineText(Node node, StringBuilder out, int[] links, boolean inLink) {
		if (node instanceof TextNode t) {
			String text = t.getWholeText();
			out.append(text);
			if (inLink) {
				links[0] += text.strip().length();
			}
		}
		else if (node instanceof Element e) {
			if (e.normalName().equals("br")) {
				out.append('\n');
				return;
			}
			boolean link = inLink || e.normalName().equals("a");
			for (Node child : e.childNodes()) {
				inlineText(child, out, links, link);
			}
		}
	}

	static boolean hasBlockInside(Element e) {
		for (Element child : e.children()) {
			if (BLOCK_TAGS.contains(child.normalName()) || hasBlockInside(child)) {
				return true;
			}
		}
		return false;
	}

	/** How much paragraph text each element holds, itself and its descendants. */
	private static Map<Element, Integer> measure(List<Unit> units) {
		Map<Element, Integer> text = new HashMap<>();
		for (Unit u : units) {
			for (Element e = u.element(); e != null; e = e.parent()) {
				text.merge(e, u.length(), Integer::sum);
			}
		}
		return text;
	}

}
