package org.kjnews.article;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.kjnews.extract.EntityType;

/**
 * Who or what an article names, in text order. Implemented by the people and organizations features, so that the
 * article feature can show them without depending on theirs.
 */
public interface ArticleMentions {

	List<LinkedMention> in(long articleId);

	/**
	 * The places of an article's rows of one kind, each row {@code {slug, name, places}}, in text order (the byline
	 * and title first, as their blocks are numbered below the body's).
	 */
	static List<LinkedMention> inTextOrder(EntityType type, Stream<Object[]> rows) {
		return rows
			.flatMap(r -> MentionPlaces.parse((String) r[2])
				.stream()
				.map(p -> new LinkedMention(type, (String) r[0], (String) r[1], p.block(), p.start(), p.end())))
			.sorted(Comparator.comparingInt(LinkedMention::block).thenComparingInt(LinkedMention::start))
			.toList();
	}

}
