package org.kjnews.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjnews.extract.EntityType;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentTest {

	private static LinkedMention at(int start, int end) {
		return new LinkedMention(EntityType.PERSON, "han-ji-min", "Han Ji-min", 0, start, end);
	}

	@Test
	void namesAreLinkedAndTheRestIsPlain() {
		List<Segment> segments = Segment.of("Han Ji-min met Ito. Han said so.", List.of(at(20, 23), at(0, 10)));
		assertThat(segments).containsExactly(new Segment("Han Ji-min", EntityType.PERSON, "han-ji-min"),
				new Segment(" met Ito. ", null, null), new Segment("Han", EntityType.PERSON, "han-ji-min"),
				new Segment(" said so.", null, null));
	}

	@Test
	void placesThatNoLongerFitTheTextStayPlain() {
		String cut = "A caption cut to fit its column names Han Ji…"; // "Han Ji-min" was cut by Evidence.fit
		int han = cut.indexOf("Han");
		assertThat(Segment.of(cut, List.of(at(han, cut.length())))).extracting(Segment::linked).containsOnly(false);
		assertThat(Segment.of(cut, List.of(at(han, han + 10)))).extracting(Segment::linked).containsOnly(false);
		// overlapping an earlier one, or empty
		assertThat(Segment.of("Han Ji-min", List.of(at(0, 10), at(4, 10), at(3, 3)))).filteredOn(Segment::linked)
			.hasSize(1);
	}

}
