package org.kjnews.article;

import org.junit.jupiter.api.Test;
import org.kjnews.article.MentionPlaces.Place;

import static org.assertj.core.api.Assertions.assertThat;

class MentionPlacesTest {

	@Test
	void placesReadBackAsWritten() {
		MentionPlaces places = new MentionPlaces();
		places.add(-1, 0, 11);
		places.add(0, 12, 23);
		places.add(3, 140, 143);
		assertThat(places.count()).isEqualTo(3);
		assertThat(places.encoded()).isEqualTo("-1:0:11;0:12:23;3:140:143");
		assertThat(MentionPlaces.parse(places.encoded())).containsExactly(new Place(-1, 0, 11), new Place(0, 12, 23),
				new Place(3, 140, 143));
	}

	@Test
	void beyondTheColumnPlacesAreCountedButNotKept() {
		MentionPlaces places = new MentionPlaces();
		for (int i = 0; i < 100_000; i++) {
			places.add(7, 900_000 + i, 900_004 + i);
		}
		assertThat(places.count()).isEqualTo(100_000);
		assertThat(places.encoded()).hasSizeLessThanOrEqualTo(MentionPlaces.MAX_LENGTH).endsWith(":" + (900_004
				+ MentionPlaces.parse(places.encoded()).size() - 1));
		assertThat(MentionPlaces.parse(places.encoded())).hasSizeBetween(50_000, 99_999)
			.startsWith(new Place(7, 900_000, 900_004));
	}

	@Test
	void aDamagedValueLosesOnlyItsDamagedParts() {
		assertThat(MentionPlaces.parse("0:1:5;x:2:3;4:5;;2:7:9")).containsExactly(new Place(0, 1, 5),
				new Place(2, 7, 9));
		assertThat(MentionPlaces.parse("")).isEmpty();
		assertThat(MentionPlaces.parse(null)).isEmpty();
	}

}
