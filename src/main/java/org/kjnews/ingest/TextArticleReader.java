package org.kjnews.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.kjnews.article.Block;
import org.kjnews.article.BlockType;
import org.kjnews.article.ParsedArticle;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Reads articles saved as plain text or Markdown, the way people copy them from news sites: a headline (or none),
 * perhaps a date line, body paragraphs, subheadings, {@code ![caption](url)} images followed by their caption
 * again, hashtags, a byline, and the site's furniture (share buttons, comment prompts, copyright lines), which
 * is dropped after the source it names has been kept.
 */
final class TextArticleReader implements ArticleReader {

	private static final Pattern IMAGE = Pattern.compile("^!\\[(.*)]\\((\\S+?)(?:\\s+\"[^\"]*\")?\\)$");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");

	private static final Pattern TAG_LINE = Pattern.compile("^#\\p{L}.*");

	private static final Pattern BYLINE = Pattern
		.compile("^(?:BY|By)\\s+(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,4})\\s*(?:[\\[(<,].*)?$");

	/** A copyright notice ({@code Copyright by X}, {@code © X(www.x.kr). All rights reserved.}), not prose about copyright. */
	static final Pattern COPYRIGHT = Pattern.compile(
			"(?i)^(?:copyright\\s*(?:©|\\(c\\))|copyright\\s+(?=by\\b|(?:19|20)\\d{2})|©|\\(c\\))\\s*(?:by\\s+)?"
					+ "(?:(?:19|20)\\d{2}(?:\\s*-\\s*(?:19|20)\\d{2})?[.,]?\\s*)?(?<name>.*?)"
					+ "\\s*(?:\\((?:www\\.|https?://)[^)]*\\))?\\s*[.,]?\\s*(?:all rights reserved\\.?)?"
					+ "(?:\\s*(?:unauthorized|reproduction|redistribution).*)?$");

	private static final Pattern EDITED_BY = Pattern
		.compile("(?i)^translated from .*? (?:and )?edited by (?<name>.+?) staff\\.?$");

	/** Credits at the end of a caption: {@code [AP]}, {@code / Source: Reuters}, {@code (Photo: AP)}. */
	private static final Pattern CREDIT = Pattern.compile("(?i)^(?<caption>.*?)\\s*(?:\\[(?<bracket>[^\\[\\]]{2,60})]"
			+ "|/\\s*(?:source|photo|image|credit)s?\\s*[:=]\\s*(?<slash>[^/]{2,60})"
			+ "|\\((?:source|photo|image|credit)s?\\s*[:=]\\s*(?<paren>[^()]{2,60})\\))\\s*$");

	private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]+)]\\(([^)\\s]+)\\)");

	/** A '?' glued between two words stands for a dash the file lost ("the alliance?the first of its kind"). */
	private static final Pattern LOST_DASH = Pattern.compile("(?<=\\p{L})\\?(?=\\p{L})");

	/** A '?' before s, t, re, ll, ve, d or m at a word's end stands for a lost apostrophe ("Korea?s", "don?t"). */
	private static final Pattern LOST_APOSTROPHE = Pattern.compile("(?<=\\p{L})\\?(?=(?:s|t|re|ll|ve|d|m)\\b)");

	private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

	private static final Pattern SENTENCE_END = Pattern.compile("(?<![A-Z]|\\b(?:Mr|Mrs|Ms|Dr|St|No|vs|U\\.S|Co|Inc|Corp|Jr|Sr|Gen|Gov|Sen|Rep|Prof))[.!?](?=[\"”’']?(?:\\s+[\\p{Lu}\"“‘]|$))");

	/** Whole lines that are page furniture, not article text. */
	static final Pattern FURNITURE = Pattern.compile("(?i)^(?:(?:print(?: page)?|small font|big font|font size"
			+ "|(?:facebook|twitter|tweet|kakao(?:talk)?|line|naver|email|e-mail|link|url)(?: share)?|share(?: this(?: article)?)?"
			+ "|copy(?: link| url)?|scrap|bookmark)\\s*)+$"
			+ "|^(?:no comments?|\\d+ comments?|post a comment|leave a comment|write a comment|comments?|most viewed|most popular"
			+ "|most read|related (?:articles?|stories|news)|recommended(?: articles| stories)?|advertisement|subscribe(?: now)?"
			+ "|sign up for .*newsletter.*|read more|more news|top|back to top|list|home|loading\\.*|log ?in|sign in)\\.?$");

	private static final int MAX_TITLE_LENGTH = 200;

	private static final int MAX_SUBHEADING_LENGTH = 150;

	@Override
	public boolean accepts(String extension) {
		return extension.equals("txt") || extension.equals("md") || extension.equals("markdown");
	}

	@Override
	public ParsedArticle read(String text) {
		return new Reading(text).run();
	}

	/** The state of reading one text; a new one for each article. */
	private static final class Reading {

		private final List<String> lines;

		private final Set<String> warnings = new LinkedHashSet<>();

		private final List<Block> blocks = new ArrayList<>();

		private final List<String> subheadings = new ArrayList<>();

		private final List<String> tags = new ArrayList<>();

		private final List<String> imageAddresses = new ArrayList<>();

		private String title;

		private PartialDate published;

		private String source;

		private String byline;

		private String lastImageAlt;

		private int repairedDashes;

		Reading(String text) {
			this.lines = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ')
				.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		}

		ParsedArticle run() {
			for (String raw : lines) {
				readLine(raw);
			}
			boolean derived = false;
			if (title == null) {
				title = deriveTitle();
				derived = true;
				warnings.add(ParsedArticle.DERIVED_TITLE_WARNING);
			}
			if (published == null) {
				published = ImageAddressDates.infer(imageAddresses).orElse(PartialDate.UNKNOWN);
			}
			if (repairedDashes > 0) {
				warnings.add(Note.of("repairedDashes", repairedDashes));
			}
			return new ParsedArticle(title, derived, published, source, null, byline, subheadings, blocks, tags,
					List.copyOf(warnings));
		}

		private void readLine(String raw) {
			boolean first = title == null && blocks.stream().noneMatch(b -> b.type() != BlockType.IMAGE);
			Matcher image = IMAGE.matcher(raw);
			if (image.matches()) {
				addImage(image.group(1), image.group(2));
				return;
			}
			if (lastImageAlt != null && sameText(raw, lastImageAlt)) {
				lastImageAlt = null; // the page's visible caption repeating the image's alt text
				return;
			}
			lastImageAlt = null;
			String line = clean(raw);
			if (line.isEmpty() || FURNITURE.matcher(line).matches()) {
				return;
			}
			if (readSourceLine(line)) {
				return;
			}
			Matcher by = BYLINE.matcher(line);
			if (by.matches() && byline == null && by.group(1).split("\\s+").length <= 5) {
				byline = NameCase.of(by.group(1).strip());
				return;
			}
			if (TAG_LINE.matcher(line).matches()) {
				for (String tag : line.substring(1).split("\\s+#")) {
					if (!tag.isBlank()) {
						tags.add(tag.strip());
					}
				}
				return;
			}
			if (published == null && blocks.size() < 3) {
				Optional<PartialDate> date = DateLine.parse(line);
				if (date.isPresent()) {
					published = date.get();
					return;
				}
			}
			Matcher md = MARKDOWN_HEADING.matcher(line);
			if (md.matches()) {
				addHeadingOrTitle(md.group(1), first);
				return;
			}
			if (first && isHeadline(line)) {
				title = line;
				return;
			}
			Matcher credit = CREDIT.matcher(line);
			if (line.indexOf('/') >= 0 && credit.matches() && credit.group("slash") != null) {
				// A caption whose picture was lost when the page was saved: "... / Source: Newsis".
				blocks.add(Block.image(null, credit.group("caption"), credit.group("slash").strip()));
				return;
			}
			if (continuesPreviousLine(line)) {
				return;
			}
			if (isSubheading(line)) {
				subheadings.add(line);
				blocks.add(Block.heading(line));
				return;
			}
			blocks.add(Block.paragraph(line));
		}

		/**
		 * A line starting in lower case after one that did not end a sentence is the rest of a hard-wrapped
		 * paragraph: join it to the line before, which was then no subheading either.
		 */
		private boolean continuesPreviousLine(String line) {
			if (blocks.isEmpty() || !Character.isLowerCase(line.codePointAt(0))) {
				return false;
			}
			Block last = blocks.get(blocks.size() - 1);
			if (last.type() == BlockType.IMAGE || endsLikeSentence(last.text())) {
				return false;
			}
			if (last.type() == BlockType.HEADING) {
				subheadings.remove(subheadings.size() - 1);
			}
			blocks.set(blocks.size() - 1, Block.paragraph(last.text() + " " + line));
			return true;
		}

		private void addHeadingOrTitle(String text, boolean first) {
			if (title == null && (first || blocks.isEmpty())) {
				title = text;
			}
			else {
				subheadings.add(text);
				blocks.add(Block.heading(text));
			}
		}

		private void addImage(String alt, String address) {
			lastImageAlt = alt;
			String url = address.matches("(?i)https?://\\S+") ? address : null;
			if (url == null) {
				warnings.add(Note.of("imageAddressDropped"));
			}
			else {
				imageAddresses.add(url);
			}
			String caption = clean(alt);
			String credit = null;
			Matcher m = CREDIT.matcher(caption);
			if (m.matches()) {
				credit = firstNonNull(m.group("bracket"), m.group("slash"), m.group("paren")).strip();
				caption = m.group("caption");
			}
			blocks.add(Block.image(url, caption.isEmpty() ? null : caption, credit));
		}

		private boolean readSourceLine(String line) {
			Matcher copyright = COPYRIGHT.matcher(line);
			if (copyright.matches()) {
				String name = copyright.group("name").strip();
				if (source == null && !name.isEmpty() && name.length() <= 80) {
					source = name;
				}
				return true;
			}
			Matcher edited = EDITED_BY.matcher(line);
			if (edited.matches()) {
				if (source == null) {
					source = edited.group("name").strip();
				}
				return true;
			}
			return false;
		}

		/** Markdown links keep their words, HTML is reduced to its text, and lost dashes are put back. */
		private String clean(String line) {
			// each pattern needs its own character: most lines have none of them and skip the scans
			String text = line.indexOf('[') < 0 ? line
					: LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
			if (text.indexOf('<') >= 0 && HTML_TAG.matcher(text).find()) {
				Document fragment = Jsoup.parseBodyFragment(text);
				fragment.select("script, style, iframe, object, embed").remove();
				text = fragment.body().text();
				warnings.add(Note.of("markupRemoved"));
			}
			if (text.indexOf('?') < 0) {
				return text.strip();
			}
			text = LOST_APOSTROPHE.matcher(text).replaceAll("’");
			Matcher dash = LOST_DASH.matcher(text);
			StringBuilder out = new StringBuilder();
			while (dash.find()) {
				repairedDashes++;
				dash.appendReplacement(out, "—");
			}
			dash.appendTail(out);
			return out.toString().strip();
		}

		private boolean isHeadline(String line) {
			return line.length() <= MAX_TITLE_LENGTH && line.split("\\s+").length <= 30 && !endsLikeSentence(line);
		}

		private boolean isSubheading(String line) {
			int start = line.codePointAt(0);
			return line.length() <= MAX_SUBHEADING_LENGTH && line.split("\\s+").length <= 20 && !endsLikeSentence(line)
					&& !line.endsWith(",") && !line.endsWith(":")
					// a line starting in lower case continues a hard-wrapped paragraph
					&& Character.isLetterOrDigit(start) && !Character.isLowerCase(start);
		}

		private String deriveTitle() {
			String lead = blocks.stream()
				.filter(b -> b.type() == BlockType.PARAGRAPH)
				.map(Block::text)
				.findFirst()
				.orElse(null);
			if (lead == null) {
				return subheadings.isEmpty() ? "Untitled article" : subheadings.get(0);
			}
			return LeadTitle.from(firstSentence(lead));
		}

	}

	static String firstSentence(String paragraph) {
		Matcher end = SENTENCE_END.matcher(paragraph);
		return end.find() ? paragraph.substring(0, end.end()) : paragraph;
	}

	static boolean endsLikeSentence(String line) {
		int end = line.length();
		while (end > 0 && "\"”’')]".indexOf(line.charAt(end - 1)) >= 0) {
			end--; // closing quotes and brackets after the stop
		}
		return end == 0 || ".!?…;".indexOf(line.charAt(end - 1)) >= 0;
	}

	private static boolean sameText(String a, String b) {
		return normalize(a).equals(normalize(b));
	}

	private static String normalize(String s) {
		return s.replaceAll("[\\s\\p{Punct}“”‘’]+", " ").strip().toLowerCase();
	}

	@SafeVarargs
	private static <T> T firstNonNull(T... values) {
		for (T value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
