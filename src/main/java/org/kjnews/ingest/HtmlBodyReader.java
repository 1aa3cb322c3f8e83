package org.kjnews.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kjnews.article.Block;
import org.kjnews.article.BlockType;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Turns the body of a cleaned web page into blocks in reading order: paragraphs from {@code <p>}, from blocks
 * holding only text, and from the lines of a {@code <div>} cut by {@code <br>}; subheadings from {@code <h2>} to
 * {@code <h6>} and from a line that is one short bold phrase; pictures from {@code <figure>} (with
 * {@code <figcaption>} and its credit) and from an {@code <img>} with a caption beside it. On the way it drops
 * what is not article text (date lines, bylines, copyright lines, share and comment prompts, labels, lists of links,
 * the headline again, a caption printed twice) and keeps the facts those give.
 */
final class HtmlBodyReader {

	/** Page furniture as text, beyond what the text reader already knows ({@link TextArticleReader#FURNITURE}). */
	private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:advertisement|sponsored(?: content)?|ad"
			+ "|share(?: (?:on|via) .{1,30}| this (?:story|page|article|post))?|copy (?:link|url)|link copied"
			+ "|listen(?: to (?:this )?(?:article|story))?|save(?: (?:article|story))?|gift (?:this )?article"
			+ "|print(?: this (?:article|page|story))?|text size|font size|view comments?|comments? \\(\\d+\\)"
			+ "|join the conversation.*|be the first to comment.*|log in to (?:comment|reply).*|to comment,? (?:please )?(?:log|sign) in.*"
			+ "|read more:.{0,150}|see more|more (?:from|on|in) .{1,40}|top (?:stories|news)|latest (?:news|stories)"
			+ "|editor'?s'? picks?|trending(?: now| news)?|most (?:read|viewed|popular|shared|commented)(?: (?:articles|stories|news))?"
			+ "|related (?:articles?|stories|news|topics|coverage)|you (?:may|might) (?:also )?(?:like|be interested in)"
			+ "|recommended for you|sign up.{0,80}newsletters?.{0,80}|subscribe(?: (?:now|today|to .{1,60}))?"
			+ "|(?:we|this (?:site|website)) uses? cookies\\b.*|accept(?: all)?(?: cookies)?|cookie (?:settings|policy|preferences)"
			+ "|back to top|go to top|skip to (?:main )?content|menu|search|close|next article|previous article)[.!:]?$");

	/** A byline line: "By Park Ji-won", "BY PARK JI-WON [park.jiwon@joongang.co.kr]". */
	private static final Pattern BYLINE = Pattern.compile("^(?:BY|By|by|Written by)\\s+(?=\\p{Lu})(.{2,120})$");

	/** A Korean byline ending the text: "김민지 기자 minji@example.co.kr", "부산=김민지 기자". */
	private static final Pattern KOREAN_BYLINE = Pattern
		.compile("^(?:[가-힣]{1,10}\\s*=\\s*)?(?<name>[가-힣]{2,4})\\s*(?:기자|특파원|선임기자)(?:\\s+\\S+@\\S+)?$");

	/** Korean and Japanese copyright lines: "<저작권자 ⓒ 동남경제신문, 무단전재 및 재배포 금지>", "無断転載を禁じます". */
	private static final Pattern CJK_COPYRIGHT = Pattern.compile("^[<\\[(（〈]?\\s*(?:저작권자\\s*)?(?:ⓒ|©|\\(c\\))\\s*"
			+ "(?<name>[^,<>\\[\\]()]{2,40}?)\\s*(?:[,.]\\s*(?:무단\\s*전재|all rights).*)?[>\\])）〉]?$|.*(?:무단\\s*전재|재배포\\s*금지|無断転載|無断複製).*",
			Pattern.CASE_INSENSITIVE);

	/** A date somewhere in a line: "KYODO NEWS - Oct 1, 2025 - 18:42 | Business, All" is a site's date line. */
	private static final Pattern HAS_DATE = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
			+ "[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}\\b|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
			+ "\\.?,?\\s+(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}\\b|\\d{4}\\s*[년年]\\s*\\d{1,2}\\s*[월月]");

	private static final int MAX_HEADING = 200;

	private final String title;

	private final String base;

	private final List<Block> blocks = new ArrayList<>();

	private final Set<String> warnings = new LinkedHashSet<>();

	private final List<String> imageAddresses = new ArrayList<>();

	private final Set<String> seen = new HashSet<>();

	private final StringBuilder line = new StringBuilder();

	private int lineLinks;

	private boolean lineHasTime;

	private int lineBold;

	private int inLink;

	private int inBold;

	private String lastCaption;

	private String byline;

	private String source;

	private PartialDate dateLine;

	/**
	 * @param title the headline, not to be read again as a paragraph
	 * @param base the address relative picture addresses are resolved against, or null
	 */
	HtmlBodyReader(String title, String base) {
		this.title = title;
		this.base = base;
	}

	HtmlBodyReader read(List<Element> parts) {
		for (Element part : parts) {
			block(part);
		}
		dropTrailingHeadings();
		return this;
	}

	List<Block> blocks() {
		return blocks;
	}

	List<String> subheadings() {
		return blocks.stream().filter(b -> b.type() == BlockType.HEADING).map(Block::text).toList();
	}

	Set<String> warnings() {
		return warnings;
	}

	List<String> imageAddresses() {
		return imageAddresses;
	}

	/** A byline found as a line of the body ("By …"), or null. */
	String byline() {
		return byline;
	}

	/** The publication a copyright line in the body names, or null. */
	String source() {
		return source;
	}

	/** A date line near the top of the body, or null. */
	PartialDate dateLine() {
		return dateLine;
	}

	private void block(Element e) {
		endLine();
		walk(e);
		endLine();
	}

	private void walk(Element parent) {
		for (Node child : new ArrayList<>(parent.childNodes())) {
			if (child.parentNode() == null) {
				continue; // taken away already, as the caption of a picture before it
			}
			if (child instanceof TextNode t) {
				append(t.getWholeText());
			}
			else if (child instanceof Element e) {
				element(e);
			}
		}
	}

	private void element(Element e) {
		String tag = e.normalName();
		switch (tag) {
			case "br", "hr" -> endLine();
			case "h1" -> endLine(); // the headline, read on its own
			case "h2", "h3", "h4", "h5", "h6" -> {
				endLine();
				heading(HtmlText.normalize(e.text()));
			}
			case "figure" -> {
				endLine();
				figure(e);
			}
			case "img", "picture", "amp-img" -> {
				endLine();
				picture(e);
			}
			case "a" -> {
				inLink++;
				if (HtmlLayout.hasBlockInside(e)) {
					block(e); // a teaser card: a link around a headline and a summary
				}
				else {
					walk(e);
				}
				inLink--;
			}
			case "b", "strong" -> {
				inBold++;
				walk(e);
				inBold--;
			}
			case "time" -> {
				lineHasTime = true;
				walk(e);
			}
			default -> {
				if (HtmlLayout.BLOCK_TAGS.contains(tag) || HtmlLayout.hasBlockInside(e)) {
					block(e);
				}
				else {
					walk(e); // inline: b, strong, em, span, font…
				}
			}
		}
	}

	private void append(String text) {
		line.append(text);
		if (inLink > 0 || inBold > 0) {
			int length = HtmlText.normalize(text).length();
			lineLinks += inLink > 0 ? length : 0;
			lineBold += inBold > 0 ? length : 0;
		}
	}

	private void endLine() {
		String all = line.toString();
		int links = lineLinks;
		boolean time = lineHasTime;
		int bold = lineBold;
		line.setLength(0);
		lineLinks = 0;
		lineHasTime = false;
		lineBold = 0;
		String text = HtmlText.normalize(all);
		if (text.isEmpty()) {
			return;
		}
		// mostly links: a "read more" line, a list of related articles
		if (links * 10 > text.length() * 6) {
			return;
		}
		unit(text, time, bold * 10 >= text.length() * 9);
	}

	private void unit(String text, boolean hasTime, boolean allBold) {
		Optional<PartialDate> date = DateLine.parse(text);
		if (date.isPresent()) {
			if (dateLine == null && paragraphs() < 3) {
				dateLine = date.get();
			}
			return;
		}
		Matcher dated = HAS_DATE.matcher(text);
		boolean hasDate = dated.find();
		if ((hasTime || hasDate) && HtmlText.words(text) <= 12 && !HtmlText.endsLikeSentence(text)) {
			// "November 20, 2025 11:30 PM GMT+9 Updated 2 hours ago", "KYODO NEWS - Oct 1, 2025 - 18:42 | Business"
			if (hasDate && dateLine == null && paragraphs() < 3) {
				dateLine = DateLine.parse(dated.group()).orElse(null);
			}
			return;
		}
		Matcher copyright = TextArticleReader.COPYRIGHT.matcher(text);
		if (copyright.matches()) {
			String name = copyright.group("name").strip();
			if (source == null && !name.isEmpty() && name.length() <= 80) {
				source = name;
			}
			return;
		}
		Matcher cjkCopyright = CJK_COPYRIGHT.matcher(text);
		if (text.length() <= 200 && cjkCopyright.matches()) {
			String name = cjkCopyright.group("name");
			if (source == null && name != null) {
				source = name.strip();
			}
			return;
		}
		Matcher korean = KOREAN_BYLINE.matcher(text);
		if (korean.matches()) {
			if (byline == null) {
				byline = korean.group("name");
			}
			return;
		}
		Matcher by = BYLINE.matcher(text);
		if (by.matches()) {
			String name = Bylines.clean(text);
			if (name != null) {
				if (byline == null) {
					byline = name;
				}
				return;
			}
		}
		if (isFurniture(text) || HtmlText.same(text, title)) {
			return;
		}
		if (allBold && text.length() <= 150 && HtmlText.words(text) <= 20 && !HtmlText.endsLikeSentence(text)) {
			heading(text); // a line that is one short bold phrase: a subheading, as many sites write them
			return;
		}
		if (lastCaption != null && HtmlText.same(text, lastCaption)) {
			lastCaption = null; // the caption printed again under the picture
			return;
		}
		if (!HtmlText.endsLikeSentence(text) && (HtmlText.words(text) <= 3 || text.length() < 20)) {
			return; // a label: "Economy", "Seoul", "— Kyodo", "[YONHAP]"
		}
		if (!seen.add(HtmlText.key(text))) {
			return; // a pull quote or a teaser repeating the text
		}
		lastCaption = null;
		blocks.add(Block.paragraph(text));
	}

	static boolean isFurniture(String text) {
		return FURNITURE.matcher(text).matches() || TextArticleReader.FURNITURE.matcher(text).matches();
	}

	private void heading(String text) {
		if (text.isEmpty() || isFurniture(text) || HtmlText.same(text, title)) {
			return;
		}
		if (text.length() > MAX_HEADING) {
			unit(text, false, false);
			return;
		}
		lastCaption = null;
		blocks.add(Block.heading(text));
	}

	/** Headings with no paragraph after them head something the page no longer holds ("Related articles"). */
	private void dropTrailingHeadings() {
		while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).type() == BlockType.HEADING) {
			blocks.remove(blocks.size() - 1);
		}
	}

	private int paragraphs() {
		return (int) blocks.stream().filter(b -> b.type() == BlockType.PARAGRAPH).count();
	}

	private void figure(Element figure) {
		Element img = figure.selectFirst("img, amp-img");
		Element figcaption = figure.selectFirst("figcaption");
		String credit = null;
		String caption = null;
		Element captionSource = figcaption != null ? figcaption.clone() : null;
		if (captionSource == null) {
			Element other = captionElement(figure);
			captionSource = other != null ? other.clone() : null;
		}
		Element creditElement = creditElement(captionSource != null ? captionSource : figure);
		if (creditElement == null && captionSource != null) {
			creditElement = creditElement(figure);
		}
		if (creditElement != null) {
			credit = CaptionCredit.cleanCredit(creditElement.text());
			creditElement.remove();
		}
		if (captionSource != null) {
			caption = HtmlText.normalize(captionSource.text());
		}
		else if (img != null) {
			caption = altCaption(img);
		}
		if (credit == null || credit.isEmpty()) {
			CaptionCredit.Split split = CaptionCredit.split(caption == null ? "" : caption);
			caption = split.caption();
			credit = split.credit();
		}
		if (img == null) {
			return; // a video or an embedded post, not a picture
		}
		addPicture(img, caption, credit);
	}

	/** A picture outside a {@code <figure>}: kept when it is a photo, with the caption the page sets beside it. */
	private void picture(Element e) {
		Element img = e.is("img, amp-img") ? e : e.selectFirst("img, amp-img");
		if (img == null || isDecoration(img)) {
			return;
		}
		String caption = null;
		Element holder = e;
		for (int up = 0; up < 3 && holder.parent() != null; up++) {
			holder = holder.parent();
			if (holder.select("img, amp-img").size() > 1) {
				break;
			}
			Element found = captionElement(holder);
			if (found != null && found.selectFirst("img") == null) {
				caption = HtmlText.normalize(found.text());
				found.remove(); // read here, not again as a paragraph
				break;
			}
		}
		if (caption == null) {
			caption = altCaption(img);
		}
		CaptionCredit.Split split = CaptionCredit.split(caption == null ? "" : caption);
		addPicture(img, split.caption(), split.credit());
	}

	private void addPicture(Element img, String caption, String credit) {
		String url = address(img);
		blocks.add(Block.image(url, caption == null || caption.isEmpty() ? null : caption,
				credit == null || credit.isEmpty() ? null : credit));
		lastCaption = caption;
	}

	private static Element captionElement(Element around) {
		for (Element e : around.getAllElements()) {
			if (e != around && HtmlLayout.words(e).stream().anyMatch(w -> w.contains("caption") || w.equals("cap")
					|| w.equals("desc") || w.equals("description"))) {
				return e;
			}
		}
		return null;
	}

	private static Element creditElement(Element around) {
		for (Element e : around.getAllElements()) {
			if (e != around && HtmlLayout.words(e).stream().anyMatch(w -> w.equals("credit") || w.equals("credits")
					|| w.equals("copyright") || w.equals("photographer") || w.equals("source"))) {
				return e;
			}
		}
		return null;
	}

	/** An alt text of a few words is a caption; a file name or a single word is not. */
	private static String altCaption(Element img) {
		String alt = HtmlText.normalize(img.attr("alt"));
		return HtmlText.words(alt) >= 3 ? alt : null;
	}

	private static boolean isDecoration(Element img) {
		for (String dimension : new String[] { "width", "height" }) {
			String value = img.attr(dimension).replaceAll("px$", "").strip();
			if (value.matches("\\d{1,3}") && Integer.parseInt(value) < 100) {
				return true;
			}
		}
		String words = String.join(" ", HtmlLayout.words(img)) + " " + img.attr("src").toLowerCase(Locale.ROOT);
		return words.matches("(?s).*\\b(?:logo|icon|ico|sprite|avatar|emoji|pixel|spacer|blank|btn|button|badge|profile)\\b.*");
	}

	/**
	 * The picture's web address: a lazy-loading attribute before {@code src}, then {@code srcset}; made absolute
	 * against the page's address. A copy saved beside the page ({@code page_files/photo.jpg}) has none.
	 */
	private String address(Element img) {
		List<String> candidates = new ArrayList<>();
		for (String attr : new String[] { "data-src", "data-original", "data-lazy-src", "data-url", "src" }) {
			candidates.add(img.attr(attr).strip());
		}
		for (String attr : new String[] { "srcset", "data-srcset" }) {
			String set = img.attr(attr).strip();
			if (!set.isEmpty()) {
				candidates.add(set.split("[\\s,]+")[0]);
			}
		}
		Element picture = img.parent();
		if (picture != null && picture.normalName().equals("picture")) {
			for (Element s : picture.select("source[srcset]")) {
				candidates.add(s.attr("srcset").strip().split("[\\s,]+")[0]);
			}
		}
		boolean any = false;
		for (String candidate : candidates) {
			if (candidate.isEmpty() || candidate.startsWith("data:")) {
				continue;
			}
			any = true;
			String url = absolute(candidate);
			if (url != null) {
				imageAddresses.add(url);
				return url;
			}
		}
		if (any) {
			warnings.add(Note.of("pictureWithoutAddress"));
		}
		return null;
	}

	private String absolute(String src) {
		if (src.matches("(?i)https?://\\S+")) {
			return src;
		}
		if (src.startsWith("//")) {
			return "https:" + src;
		}
		if (src.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || src.contains("_files/") || base == null) {
			return null; // another scheme (file:, blob:), or the copy a browser saved beside the page
		}
		try {
			String resolved = new URI(base).resolve(src.replace(" ", "%20")).toString();
			return resolved.matches("(?i)https?://\\S+") ? resolved : null;
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			return null;
		}
	}

}
