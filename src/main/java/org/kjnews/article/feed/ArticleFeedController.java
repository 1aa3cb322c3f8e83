package org.kjnews.article.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import org.kjnews.article.ArticleSummary;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;
import org.kjnews.search.ArticleFilter;
import org.kjnews.search.ArticleResults;
import org.kjnews.search.ArticleSearch;
import org.kjnews.search.FacetValue;
import org.kjnews.search.FilterQuery;
import org.kjnews.system.ArchiveVersion;
import org.kjnews.system.Paging;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The latest articles as an Atom feed, with the filters of the article list ({@code q}, {@code person},
 * {@code organization}, {@code source}, {@code year}): a reader can follow a search, a person or a source. Always
 * newest first, whatever the words, since a feed reader shows what is new.
 */
@Controller
class ArticleFeedController {

	static final int ENTRIES = 50;

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/**
	 * Atom wants a time of day, the archive knows only the day: noon UTC falls on that same day in nearly every time
	 * zone, so a feed reader shows the date the article gives.
	 */
	private static final LocalTime DAY_ONLY = LocalTime.NOON;

	private final ArticleSearch search;

	private final FeedEntries entries;

	private final MessageSource messages;

	private final ArchiveVersion archive;

	ArticleFeedController(ArticleSearch search, FeedEntries entries, MessageSource messages, ArchiveVersion archive) {
		this.search = search;
		this.entries = entries;
		this.messages = messages;
		this.archive = archive;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> feed(@RequestParam(required = false) String q,
			@RequestParam(required = false) List<String> person,
			@RequestParam(required = false) List<String> organization, @RequestParam(required = false) String source,
			@RequestParam(required = false) Integer year, HttpServletRequest request, Locale locale)
			throws FeedException {
		ArticleFilter filter = new ArticleFilter(q, person, organization, source, year, true);
		// the full search for the names of the chosen people and organizations (facet labels) and spelling fallback
		ArticleResults results = search.find(filter, new Paging(0, ENTRIES));
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();

		Feed feed = new Feed("atom_1.0");
		String self = base + FilterQuery.of("/feed.atom", filter);
		feed.setId(self);
		feed.setTitle(xml(title(filter, results, locale)));
		feed.setSubtitle(text(messages.getMessage("app.tagline", null, locale)));
		// the list page of the same articles, in the same order (a search is by relevance unless told otherwise)
		String list = base + FilterQuery.of("/articles", filter) + (filter.q() == null ? "" : "&sort=date");
		feed.setAlternateLinks(List.of(link("alternate", "text/html", list)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
		feed.setAuthors(List.of(person(messages.getMessage("app.name", null, locale))));

		List<ArticleSummary> articles = results.page().items();
		Map<String, FeedEntries.Extra> extras = entries.of(articles.stream().map(ArticleSummary::slug).toList());
		List<Entry> items = new ArrayList<>();
		for (ArticleSummary article : articles) {
			items.add(entry(article, extras.get(article.slug()), base));
		}
		feed.setEntries(items);
		feed.setUpdated(items.stream()
			.map(Entry::getUpdated)
			.max(Comparator.naturalOrder())
			.orElse(Date.from(archive.lastChanged())));
		return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
	}

	private Entry entry(ArticleSummary article, FeedEntries.Extra extra, String base) {
		String page = base + "/articles/" + UriUtils.encodePathSegment(article.slug(), StandardCharsets.UTF_8);
		Entry entry = new Entry();
		entry.setId(page);
		entry.setTitleEx(text(article.title()));
		List<Link> links = new ArrayList<>(List.of(link("alternate", "text/html", page)));
		if (article.url() != null && article.url().matches("(?i)https?://.+")) {
			links.add(link("via", null, article.url())); // where the article was first published
		}
		entry.setAlternateLinks(links.subList(0, 1));
		entry.setOtherLinks(links.subList(1, links.size()));
		Instant loaded = extra == null ? archive.lastChanged() : extra.loadedAt();
		entry.setUpdated(Date.from(loaded));
		PartialDate published = article.published();
		if (published.isKnown() && published.precision() == DatePrecision.DAY) {
			// a month or a year is no date-time: left out rather than invented
			entry.setPublished(Date.from(published.start().atTime(DAY_ONLY).toInstant(ZoneOffset.UTC)));
		}
		if (article.lead() != null && !article.lead().isBlank()) {
			entry.setSummary(text(article.lead()));
		}
		List<SyndPerson> authors = new ArrayList<>();
		String byline = extra == null ? null : extra.byline();
		if (byline != null && !byline.isBlank()) {
			authors.add(person(byline));
		}
		if (article.source() != null && !article.source().isBlank() && !article.source().equals(byline)) {
			authors.add(person(article.source()));
		}
		entry.setAuthors(authors);
		return entry;
	}

	/** Says what the feed holds: "KJ News: articles matching “battery”, naming KCCI, from Yonhap, published in 2025". */
	private String title(ArticleFilter filter, ArticleResults results, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (results.query() != null) {
			parts.add(message("feed.filter.q", locale, results.query()));
		}
		activeLabels(results.people()).forEach(name -> parts.add(message("feed.filter.person", locale, name)));
		activeLabels(results.organizations())
			.forEach(name -> parts.add(message("feed.filter.organization", locale, name)));
		if (filter.source() != null) {
			parts.add(message("feed.filter.source", locale, filter.source()));
		}
		if (filter.year() != null) {
			parts.add(message("feed.filter.year", locale, filter.year().toString()));
		}
		String app = messages.getMessage("app.name", null, locale);
		if (parts.isEmpty()) {
			return message("feed.title", locale, app);
		}
		return message("feed.title.filtered", locale, app,
				String.join(messages.getMessage("feed.filter.separator", null, locale), parts));
	}

	private static List<String> activeLabels(List<FacetValue> values) {
		return values.stream().filter(FacetValue::active).map(FacetValue::label).toList();
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(xml(value));
		return content;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Person person(String name) {
		Person person = new Person();
		person.setName(xml(name));
		return person;
	}

	/** XML 1.0 cannot hold some control characters: one in a query or an article must not break the feed. */
	private static String xml(String value) {
		return value == null ? null : NOT_XML.matcher(value).replaceAll("");
	}

}
