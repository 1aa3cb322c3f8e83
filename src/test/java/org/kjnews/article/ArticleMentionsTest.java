package org.kjnews.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjnews.extract.EntityType;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMentionsTest {

	@Test
	void everyPlaceOfEveryRowInTextOrderRowsStoredBeforeWithTheirOwnPlace() {
		List<LinkedMention> linked = ArticleMentions.inTextOrder(EntityType.PERSON, List.of(
				new MentionRow("han-ji-min", "Han Ji-min", "2:40:43;0:0:10;-1:0:10", 0, 0, 10),
				// rows stored one per place (before V11): no places, their own offsets
				new MentionRow("ito-ken", "Ito Ken", null, 1, 5, 12),
				new MentionRow("ito-ken", "Ito Ken", null, 0, 20, 27)));
		assertThat(linked).extracting(m -> m.slug() + "@" + m.block() + ":" + m.start())
			.containsExactly("han-ji-min@-1:0", "han-ji-min@0:0", "ito-ken@0:20", "ito-ken@1:5", "han-ji-min@2:40");
	}

}
