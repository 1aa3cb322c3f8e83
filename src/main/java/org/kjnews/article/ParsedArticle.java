package org.kjnews.article;

import java.util.List;
import java.util.stream.Collectors;

import org.kjnews.extract.ArticleText;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/** What a reader makes of one article file, before anything is extracted from it. */
public record ParsedArticle(String title, boolean titleDerived, PartialDate published, String source, String url,
		String byline, List<String> subheadings, List<Block> blocks, List<String> tags, List<String> warnings) {

	public static final String DERIVED_TITLE_WARNING = Note.of("titleFromLead");

	public ParsedArticle {
		subheadings = List.copyOf(subheadings);
		blocks = List.copyOf(blocks);
		tags = List.copyOf(tags);
		warnings = List.copyOf(warnings);
	}

	/** The readable text in order, one block a line: what extraction and search work on. */
	public String bodyText() {
		return blocks.stream()
			.map(b -> b.type() == BlockType.IMAGE ? b.caption() : b.text())
			.filter(t -> t != null && !t.isBlank())
			.collect(Collectors.joining("\n"));
	}

	/** The article as extraction reads it: block i of the text is block i here, an image standing as its caption. */
	public ArticleText toArticleText() {
		List<String> texts = blocks.stream()
			.map(b -> b.type() == BlockType.IMAGE ? (b.caption() == null ? "" : b.caption()) : b.text())
			.toList();
		List<String> credits = blocks.stream().map(Block::credit).filter(c -> c != null && !c.isBlank()).toList();
		return new ArticleText(title, texts, byline, credits, source, published);
	}

	public boolean hasBody() {
		return blocks.stream().anyMatch(b -> b.type() == BlockType.PARAGRAPH);
	}

	/** The same article with one more thing the curator should know about how it was read. */
	public ParsedArticle withWarning(String warning) {
		List<String> more = new java.util.ArrayList<>(warnings);
		more.add(warning);
		return new ParsedArticle(title, titleDerived, published, source, url, byline, subheadings, blocks, tags, more);
	}

	/** The same article with the facts given outside its text put in place of what the text gave. */
	public ParsedArticle withFacts(String givenTitle, PartialDate givenDate, String givenSource, String givenUrl,
			String givenByline) {
		boolean derived = givenTitle == null && titleDerived;
		List<String> notes = derived || !titleDerived ? warnings
				: warnings.stream().filter(w -> !w.equals(DERIVED_TITLE_WARNING)).toList();
		return new ParsedArticle(givenTitle != null ? givenTitle : title, derived,
				givenDate != null ? givenDate : published, givenSource != null ? givenSource : source,
				givenUrl != null ? givenUrl : url, givenByline != null ? givenByline : byline, subheadings, blocks, tags,
				notes);
	}

}
