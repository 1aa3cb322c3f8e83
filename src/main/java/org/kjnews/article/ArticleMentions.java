package org.kjnews.article;

import java.util.Comparator;
import java.util.List;

import org.kjnews.extract.EntityType;

/**
 * Who or what an article names, in text order. Implemented by the people and organizations features, so that the
 * article feature can show them without depending on theirs.
 */
public interface ArticleMentions {

	List<LinkedMention> in(long articleId);

	/** The places of an article's rows of one kind, in text order (byline and title first: their blocks are < 0). */
	static List<LinkedMention> inTextOrder(EntityType type, List<MentionRow> rows) {
		return rows.stream()
			.flatMap(row -> row.linked(type))
			.sorted(Comparator.comparingInt(LinkedMention::block).thenComparingInt(LinkedMention::start))
			.toList();
	}

}
