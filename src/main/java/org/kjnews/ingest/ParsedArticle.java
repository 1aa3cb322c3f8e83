package org.kjnews.ingest;

import java.util.List;
import java.util.stream.Collectors;

import org.kjnews.extract.PartialDate;

/** What a reader makes of one article file, before anything is extracted from it. */
public record ParsedArticle(String title, boolean titleDerived, PartialDate published, String source, String url,
		String byline, List<String> subheadings, List<Block> blocks, List<String> tags, List<String> warnings) {

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

	public boolean hasBody() {
		return blocks.stream().anyMatch(b -> b.type() == BlockType.PARAGRAPH);
	}

	ParsedArticle withMetadata(ArticleMetadata meta) {
		return new ParsedArticle(meta.title() != null ? meta.title() : title, meta.title() == null && titleDerived,
				meta.published() != null ? meta.published() : published, meta.source() != null ? meta.source() : source,
				meta.url() != null ? meta.url() : url, meta.byline() != null ? meta.byline() : byline, subheadings,
				blocks, tags, warnings);
	}

}
