package org.kjnews.ingest;

import org.junit.jupiter.api.Test;
import org.kjnews.extract.EntityType;
import org.kjnews.extract.Mention;

import static org.assertj.core.api.Assertions.assertThat;

class MentionGroupTest {

	private static Mention at(int block, int start, String sentence) {
		return new Mention(EntityType.PERSON, "p1", "Han", block, start, start + 3, sentence);
	}

	@Test
	void showsTheFirstPlaceInTheBodyAndKeepsEveryPlace() {
		MentionGroup group = new MentionGroup();
		group.add(at(-1, 0, "Han visits Osaka")); // the title
		group.add(at(2, 40, "Later, Han said so."));
		group.add(at(1, 10, "Han arrived on Monday."));
		group.add(at(-2, 3, "By Han")); // the byline
		assertThat(group.shown().sentence()).isEqualTo("Han arrived on Monday.");
		assertThat(group.places().count()).isEqualTo(4);
		assertThat(group.places().encoded()).isEqualTo("-1:0:3;2:40:43;1:10:13;-2:3:6");
	}

	@Test
	void namedOnlyInTheTitleShowsTheTitle() {
		MentionGroup group = new MentionGroup();
		group.add(at(-2, 3, "By Han"));
		group.add(at(-1, 0, "Han visits Osaka"));
		assertThat(group.shown().sentence()).isEqualTo("Han visits Osaka");
	}

}
