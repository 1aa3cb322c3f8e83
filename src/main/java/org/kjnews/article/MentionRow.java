package org.kjnews.article;

import java.util.List;
import java.util.stream.Stream;

import org.kjnews.extract.EntityType;

/**
 * An article's row of mentions of one person or organization, as the reader needs it: every place, or, in a row
 * stored before places were kept together (V11, {@code places} null), its own single place.
 */
public record MentionRow(String slug, String name, String places, int block, int start, int end) {

	/** The JPQL select list for this record, over the mention {@code m} and its person or organization {@code e}. */
	public static final String SELECT = "select new org.kjnews.article.MentionRow(e.slug, e.name, m.places, m.block,"
			+ " m.startOffset, m.endOffset) ";

	Stream<LinkedMention> linked(EntityType type) {
		List<MentionPlaces.Place> all = places == null ? List.of(new MentionPlaces.Place(block, start, end))
				: MentionPlaces.parse(places);
		return all.stream().map(p -> new LinkedMention(type, slug, name, p.block(), p.start(), p.end()));
	}

}
