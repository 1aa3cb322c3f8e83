package org.kjnews.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kjnews.extract.EntityType;
import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of articles: lists and single articles, as records ready for pages and the API. */
@Service
@Transactional(readOnly = true)
public class ArticleCatalog {

	private final ArticleRepository articles;

	private final List<ArticleMentions> mentionSources;

	private final MeetingsOf meetings;

	ArticleCatalog(ArticleRepository articles, List<ArticleMentions> mentionSources, MeetingsOf meetings) {
		this.articles = articles;
		this.mentionSources = mentionSources;
		this.meetings = meetings;
	}

	public PageResult<ArticleSummary> list(Paging paging) {
		List<ArticleSummary> items = articles
			.findSummaries(org.springframework.data.domain.PageRequest.of(paging.page(), paging.size()));
		return PageResult.of(items, paging, articles.count());
	}

	public Optional<ArticleDetail> find(String slug) {
		return articles.findBySlug(slug).map(this::detail);
	}

	private ArticleDetail detail(Article a) {
		ArticleLink newer = first(articles.findNewer(a.getSortKey(), Limit.of(1)));
		ArticleLink older = first(articles.findOlder(a.getSortKey(), Limit.of(1)));
		List<LinkedMention> mentions = mentionSources.stream().flatMap(s -> s.in(a.getId()).stream()).toList();
		List<Block> blocks = a.getBlocks();
		List<ReaderBlock> readerBlocks = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			String text = block.type() == BlockType.IMAGE ? block.caption() : block.text();
			int index = i;
			readerBlocks.add(new ReaderBlock(block, text == null ? List.of()
					: Segment.of(text, mentions.stream().filter(m -> m.block() == index).toList())));
		}
		return new ArticleDetail(a.getSlug(), a.getTitle(), a.isTitleDerived(), a.getSource(), a.getUrl(),
				a.getByline(), a.getPublished(), a.getSourceFile(), a.getSubheadings(), a.getTags(), blocks,
				a.getWarnings(), newer, older, refs(mentions, EntityType.PERSON),
				refs(mentions, EntityType.ORGANIZATION), readerBlocks, meetings.article(a.getId()));
	}

	/** The entities of one type, most mentioned first, then in order of first mention. */
	private static List<EntityRef> refs(List<LinkedMention> mentions, EntityType type) {
		Map<EntityRef, Long> counts = mentions.stream()
			.filter(m -> m.type() == type)
			.collect(Collectors.groupingBy(m -> new EntityRef(m.slug(), m.name()), LinkedHashMap::new,
					Collectors.counting()));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<EntityRef, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}

	private static ArticleLink first(List<ArticleLink> links) {
		return links.isEmpty() ? null : links.get(0);
	}

}
