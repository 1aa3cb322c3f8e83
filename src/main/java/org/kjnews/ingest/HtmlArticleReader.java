package org.kjnews.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.nodes.Node;
import org.kjnews.article.Block;
import org.kjnews.article.BlockType;
import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Reads news pages saved from a browser ({@code .html}, {@code .htm}). The facts come from the page's metadata
 * first, as the site meant them to be read by machines, and from its visible text second:
 * <ul>
 * <li>title: {@code og:title}, JSON-LD {@code headline}, the article's {@code <h1>}, {@code twitter:title}, then the
 * {@code <title>}; the site's name after " | ", " - " or " : " is cut off;</li>
 * <li>date: {@code article:published_time}, JSON-LD {@code datePublished}, {@code <meta name="pubdate">} and the
 * like (basis <em>metadata</em>); a {@code <time datetime>} on the page, then a date line in its text (basis
 * <em>stated</em>); else a date in the page's address or in all its pictures' addresses (<em>inferred</em>); else
 * unknown;</li>
 * <li>author: JSON-LD {@code author}, {@code <meta name="author">}, {@code article:author}, a byline element
 * ({@code .byline}, {@code [rel=author]}, {@code [itemprop=author]}), a "By …" line;</li>
 * <li>source: {@code og:site_name}, JSON-LD {@code publisher.name}, a copyright line, the address's host;</li>
 * <li>address: {@code <link rel="canonical">}, {@code og:url}, JSON-LD {@code url}, the browser's "saved from"
 * comment;</li>
 * <li>body: see {@link HtmlLayout} (where the article is) and {@link HtmlBodyReader} (its blocks); when the HTML
 * holds no text, JSON-LD {@code articleBody}.</li>
 * </ul>
 * The text is always the page's text, never its markup: entities decoded, whitespace normalized.
 */
final class HtmlArticleReader implements ArticleReader {

	private static final Pattern SAVED_FROM = Pattern.compile("(?i)saved from url=\\(\\d+\\)(https?://\\S+)");

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|:·•»]|[-–—])\\s+");

	private static final Pattern PATH_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

	@Override
	public boolean accepts(String extension) {
		return extension.equals("html") || extension.equals("htm");
	}

	@Override
	public TextDecoder.Decoded decode(byte[] bytes) throws UnreadableFileException {
		return HtmlCharset.decode(bytes);
	}

	@Override
	public ParsedArticle read(String text) {
		return new Reading(Jsoup.parse(text)).run();
	}

	/** The state of reading one page. */
	private static final class Reading {

		private final Document page;

		private final Set<String> warnings = new LinkedHashSet<>();

		Reading(Document page) {
			this.page = page;
		}

		ParsedArticle run() {
			JsonLdArticle ld = JsonLdArticle.of(page);
			String url = firstNonNull(httpUrl(attr("link[rel=canonical]", "href")), httpUrl(meta("og:url")),
					ld.url(), savedFrom());
			String siteName = firstNonNull(meta("og:site_name"), ld.publisher(), ld.siteName(), meta("application-name"));
			String pageCopyright = copyrightLine();
			PartialDate metaDate = metadataDate(ld);
			List<String> metaAuthors = authorsFromMetadata(ld);
			Set<String> tags = new LinkedHashSet<>();
			page.select("meta[property=\"article:tag\"], meta[name=\"article:tag\"]").forEach(m -> addTag(tags, m.attr("content")));
			String pageTitle = HtmlText.normalize(page.title());
			String base = firstNonNull(httpUrl(attr("base[href]", "href")), url);
			String ogTitle = withoutSite(meta("og:title"), siteName);
			String twitterTitle = withoutSite(meta("twitter:title"), siteName);

			HtmlLayout.clean(page);
			List<Element> body = HtmlLayout.body(page);
			String title = firstNonNull(ogTitle, withoutSite(ld.headline(), siteName), headline(body, siteName),
					twitterTitle, titleFromTitleTag(pageTitle, siteName));
			String bylineElement = bylineElement(body);
			PartialDate shown = shownDate(body);
			body.forEach(part -> tagLists(part, tags));

			HtmlBodyReader reader = new HtmlBodyReader(title, base).read(body);
			List<Block> blocks = new ArrayList<>(reader.blocks());
			warnings.addAll(reader.warnings());
			if (blocks.stream().noneMatch(b -> b.type() == BlockType.PARAGRAPH) && ld.articleBody() != null) {
				blocks = fromArticleBody(ld.articleBody(), title);
				if (!blocks.isEmpty()) {
					warnings.add(Note.of("textFromJsonLd"));
				}
			}

			String source = firstNonNull(siteName, reader.source(), pageCopyright, host(url));
			// the site itself named as the author ("Korea JoongAng Daily", "Yonhap") is no byline
			List<String> authors = metaAuthors.stream().filter(a -> source == null || !sameName(a, source)).toList();
			String byline = Stream.of(authors.isEmpty() ? null : String.join(", ", authors), bylineElement, reader.byline())
				.filter(b -> b != null && (source == null || !sameName(b, source)))
				.findFirst()
				.orElse(null);
			PartialDate published = metaDate;
			if (published == null) {
				published = firstNonNull(shown, reader.dateLine(), dateLineBefore(body));
			}
			if (published == null) {
				published = firstNonNull(dateInAddress(url),
						ImageAddressDates.infer(reader.imageAddresses()).orElse(null));
			}
			if (published == null) {
				published = PartialDate.UNKNOWN;
			}
			boolean derived = false;
			if (title == null) {
				title = blocks.stream()
					.filter(b -> b.type() == BlockType.PARAGRAPH)
					.map(b -> LeadTitle.from(TextArticleReader.firstSentence(b.text())))
					.findFirst()
					.orElse("Untitled article");
				derived = true;
				warnings.add(ParsedArticle.DERIVED_TITLE_WARNING);
			}
			List<String> subheadings = blocks.stream()
				.filter(b -> b.type() == BlockType.HEADING)
				.map(Block::text)
				.toList();
			return new ParsedArticle(title, derived, published, source, url, byline, subheadings, blocks,
					List.copyOf(tags), List.copyOf(warnings));
		}

		// ---- metadata

		private String meta(String name) {
			for (Element m : page.select("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"], meta[itemprop=\"" + name + "\"]")) {
				String value = HtmlText.normalize(m.attr("content"));
				if (!value.isEmpty()) {
					return value;
				}
			}
			return null;
		}

		private String attr(String selector, String attribute) {
			Element e = page.selectFirst(selector);
			return e == null ? null : e.attr(attribute).strip();
		}

		/** The address in the comment browsers put at the top of a saved page: {@code <!-- saved from url=(0062)…}. */
		private String savedFrom() {
			List<String> found = new ArrayList<>();
			NodeTraversor.traverse((Node node, int depth) -> {
				if (found.isEmpty() && node instanceof Comment c) {
					Matcher m = SAVED_FROM.matcher(c.getData());
					if (m.find()) {
						found.add(m.group(1));
					}
				}
			}, page);
			return found.isEmpty() ? null : found.get(0);
		}

		private PartialDate metadataDate(JsonLdArticle ld) {
			Optional<PartialDate> date = HtmlDates.parse(meta("article:published_time"), DateBasis.METADATA,
					Note.of("pageMetadata", "article:published_time"));
			if (date.isEmpty()) {
				date = HtmlDates.parse(ld.datePublished(), DateBasis.METADATA, Note.of("pageJsonLd"));
			}
			for (String name : new String[] { "datePublished", "pubdate", "publish-date", "publish_date",
					"publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "article.published",
					"sailthru.date", "parsely-pub-date", "og:article:published_time" }) {
				if (date.isPresent()) {
					break;
				}
				date = HtmlDates.parse(meta(name), DateBasis.METADATA, Note.of("pageMetadata", name));
			}
			return date.orElse(null);
		}

		private List<String> authorsFromMetadata(JsonLdArticle ld) {
			List<String> authors = new ArrayList<>();
			for (String name : ld.authors()) {
				String clean = Bylines.clean(name);
				if (clean != null) {
					authors.add(clean);
				}
			}
			if (authors.isEmpty()) {
				for (String value : new String[] { meta("author"), meta("article:author"), meta("byl") }) {
					String clean = value == null || value.matches("(?i)https?://.*") ? null : Bylines.clean(value);
					if (clean != null) {
						authors.add(clean);
						break;
					}
				}
			}
			return authors;
		}

		/** A copyright notice anywhere on the page ("© The Korea Herald. All rights reserved."), for the source. */
		private String copyrightLine() {
			for (Element e : page.body().getAllElements()) {
				String own = HtmlText.normalize(e.ownText());
				if (own.length() < 3 || own.length() > 200) {
					continue;
				}
				Matcher m = TextArticleReader.COPYRIGHT.matcher(HtmlText.normalize(e.text()));
				if (m.matches()) {
					String name = m.group("name").strip();
					if (!name.isEmpty() && name.length() <= 80) {
						return name;
					}
				}
			}
			return null;
		}

		// ---- the cleaned page

		/** The article's {@code <h1>}: the one in the body, else the longest on the page that is not the site's name. */
		private String headline(List<Element> body, String siteName) {
			for (Element part : body) {
				Element h1 = part.selectFirst("h1");
				if (h1 != null && !HtmlText.normalize(h1.text()).isEmpty()) {
					return HtmlText.normalize(h1.text());
				}
			}
			return page.select("h1")
				.stream()
				.map(h -> HtmlText.normalize(h.text()))
				.filter(t -> !t.isEmpty() && (siteName == null || !sameName(t, siteName)))
				.max((a, b) -> Integer.compare(a.length(), b.length()))
				.orElse(null);
		}

		/** A byline element's name; the element goes, so that it is not read as a paragraph. */
		private String bylineElement(List<Element> body) {
			List<Element> candidates = new ArrayList<>();
			for (Element part : body) {
				for (Element e : part.getAllElements()) {
					if (HtmlLayout.words(e).stream().anyMatch(w -> w.equals("byline") || w.equals("author")
							|| w.equals("authors") || w.equals("writer") || w.equals("reporter") || w.equals("contributor"))) {
						candidates.add(e);
					}
				}
				candidates.addAll(part.select("[rel=author], [itemprop=author], address"));
			}
			if (candidates.isEmpty()) {
				candidates.addAll(page.select(".byline, [rel=author], [itemprop=author]"));
			}
			String name = null;
			for (Element e : candidates) {
				if (e.ownerDocument() == null) {
					continue; // inside one read already
				}
				String text = HtmlText.normalize(e.text());
				if (text.isEmpty() || text.length() > 150) {
					continue; // an author's biography, or a wrapper
				}
				Element named = e.is("[itemprop=author]") ? e.selectFirst("[itemprop=name]") : null;
				String found = Bylines.clean(named != null ? named.text() : text);
				if (found != null) {
					name = name == null ? found : name;
					e.remove(); // read here, not again as a paragraph
				}
			}
			return name;
		}

		/** The date a {@code <time datetime>} shows: one marked as the publication date, else the first in the body. */
		private PartialDate shownDate(List<Element> body) {
			List<Element> times = new ArrayList<>(page.select("time[itemprop=datePublished][datetime], time[pubdate][datetime]"));
			body.forEach(part -> times.addAll(part.select("time[datetime]")));
			times.addAll(page.select("time[datetime]"));
			for (Element time : times) {
				Optional<PartialDate> date = HtmlDates.parse(time.attr("datetime"), DateBasis.STATED,
						Note.of("pageTime"));
				if (date.isPresent()) {
					return date.get();
				}
			}
			return null;
		}

		/** A date line above the body ("Published : 2025-11-20 14:03"), in the article's header outside it. */
		private PartialDate dateLineBefore(List<Element> body) {
			if (body.isEmpty()) {
				return null;
			}
			Element start = body.get(0);
			for (Element e : page.body().getAllElements()) {
				if (e == start) {
					break;
				}
				if (HtmlLayout.hasBlockInside(e)) {
					continue;
				}
				String text = HtmlText.normalize(e.text());
				if (!text.isEmpty() && text.length() <= 80) {
					Optional<PartialDate> date = DateLine.parse(text);
					if (date.isPresent()) {
						return date.get();
					}
				}
			}
			return null;
		}

		/** The names in a list of tags or keywords; the list goes, so that it is not read as text. */
		private void tagLists(Element part, Set<String> tags) {
			List<Element> lists = new ArrayList<>();
			for (Element e : part.getAllElements()) {
				if (e != part && HtmlLayout.words(e).stream().anyMatch(w -> w.equals("tag") || w.equals("tags")
						|| w.equals("keyword") || w.equals("keywords") || w.equals("topics"))) {
					lists.add(e);
				}
			}
			part.select("a[rel=tag]").forEach(a -> addTag(tags, a.text()));
			for (Element list : lists) {
				if (list.ownerDocument() == null || HtmlText.normalize(list.text()).length() > 500) {
					continue;
				}
				list.select("a").forEach(a -> addTag(tags, a.text()));
				list.remove();
			}
		}

		private static void addTag(Set<String> tags, String raw) {
			String tag = HtmlText.normalize(raw).replaceFirst("^#", "").strip();
			if (!tag.isEmpty() && tag.length() <= 60 && tags.size() < 30) {
				tags.add(tag);
			}
		}

		// ---- fallbacks

		/** The date in the page's own address ({@code /2025/11/20/}), when nothing on the page gives one. */
		private static PartialDate dateInAddress(String url) {
			if (url == null) {
				return null;
			}
			Matcher m = PATH_DATE.matcher(url);
			if (!m.find()) {
				return null;
			}
			try {
				java.time.LocalDate day = java.time.LocalDate.of(Integer.parseInt(m.group(1)),
						Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				return PartialDate.ofDay(day, DateBasis.INFERRED, Note.of("pageAddress", day));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}

		private static List<Block> fromArticleBody(String articleBody, String title) {
			String text = articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody.replaceAll("(?i)</p>|<br\\s*/?>", "$0\n"))
				.wholeText() : articleBody;
			List<Block> blocks = new ArrayList<>();
			for (String line : text.split("\\R+")) {
				String paragraph = HtmlText.normalize(line);
				if (!paragraph.isEmpty() && !HtmlText.same(paragraph, title)) {
					blocks.add(Block.paragraph(paragraph));
				}
			}
			return blocks;
		}

		private static String host(String url) {
			if (url == null) {
				return null;
			}
			try {
				String host = new URI(url).getHost();
				return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
			}
			catch (URISyntaxException ex) {
				return null;
			}
		}

		private static String httpUrl(String value) {
			if (value == null) {
				return null;
			}
			String v = value.strip();
			if (v.startsWith("//")) {
				v = "https:" + v;
			}
			return v.matches("(?i)https?://[^\\s\"<>]+") ? v : null;
		}

	}

	// ---- titles

	/** A title without the site's name after a separator: "Title | Korea JoongAng Daily" gives "Title". */
	static String withoutSite(String title, String siteName) {
		if (title == null || title.isEmpty() || siteName != null && sameName(title, siteName)) {
			return null; // nothing, or the site's name alone
		}
		if (siteName != null) {
			Matcher sep = TITLE_SEPARATOR.matcher(title);
			while (sep.find()) {
				if (sameName(title.substring(sep.end()), siteName)) {
					return title.substring(0, sep.start()).strip();
				}
				if (sameName(title.substring(0, sep.start()), siteName)) {
					return title.substring(sep.end()).strip(); // "Site | Title"
				}
			}
		}
		return title;
	}

	/**
	 * The document's {@code <title>} without the site's name: the known name, else the short last part after
	 * " | " (or " - ", " : ") when the part before it is long enough to be a headline.
	 */
	static String titleFromTitleTag(String title, String siteName) {
		String t = withoutSite(title, siteName);
		if (t == null || t.isEmpty()) {
			return null;
		}
		if (!t.equals(title)) {
			return t;
		}
		Matcher sep = TITLE_SEPARATOR.matcher(t);
		int lastStart = -1;
		int lastEnd = -1;
		while (sep.find()) {
			lastStart = sep.start();
			lastEnd = sep.end();
		}
		if (lastStart > 0) {
			String tail = t.substring(lastEnd);
			String head = t.substring(0, lastStart);
			if (HtmlText.words(tail) <= 6 && HtmlText.words(head) >= 3) {
				return titleFromTitleTag(head, null); // "Title | Business | Site"
			}
		}
		return t;
	}

	/** Two names of one publication: "The Japan Times" and "japan times", "Yonhap News Agency" and "YONHAP". */
	static boolean sameName(String a, String b) {
		String x = nameKey(a);
		String y = nameKey(b);
		return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.length() >= 5 && y.startsWith(x)
				|| y.length() >= 5 && x.startsWith(y));
	}

	private static String nameKey(String name) {
		return HtmlText.key(name).replaceFirst("^the ", "").replace(" ", "");
	}

	@SafeVarargs
	static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
