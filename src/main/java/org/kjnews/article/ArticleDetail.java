package org.kjnews.article;

import java.util.List;

import org.kjnews.extract.PartialDate;

/** Everything the reader page and the API show of one article. */
public record ArticleDetail(String slug, String title, boolean titleDerived, String source, String url, String byline,
		PartialDate published, String sourceFile, List<String> subheadings, List<String> tags, List<Block> blocks,
		List<String> warnings, ArticleLink newer, ArticleLink older, List<EntityRef> people,
		List<EntityRef> organizations, List<ReaderBlock> readerBlocks, List<MeetingLink> meetings) {
}
