package org.kjnews.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugPoolTest {

	@Test
	void aFreeSlugIsItselfAndATakenOneGetsTheFirstFreeNumber() {
		SlugPool pool = new SlugPool(List.of("forum", "forum-2", "forum-4"));
		assertThat(pool.take("talks")).isEqualTo("talks");
		assertThat(pool.take("forum")).isEqualTo("forum-3");
		assertThat(pool.take("forum")).isEqualTo("forum-5");
		assertThat(pool.take("talks")).isEqualTo("talks-2");
	}

	@Test
	void aNumberedSlugTakenAsABaseOfItsOwnIsNotHandedOutTwice() {
		SlugPool pool = new SlugPool(List.of());
		assertThat(pool.take("forum")).isEqualTo("forum");
		assertThat(pool.take("forum-2")).isEqualTo("forum-2"); // a meeting really named "Forum 2"
		assertThat(pool.take("forum")).isEqualTo("forum-3");
		pool.add("forum-4");
		assertThat(pool.take("forum")).isEqualTo("forum-5");
	}

	@Test
	void thousandsOfOneNameGetDistinctSlugsInOrder() {
		SlugPool pool = new SlugPool(List.of());
		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			slugs.add(pool.take("korea-japan-forum"));
		}
		assertThat(slugs).doesNotHaveDuplicates().startsWith("korea-japan-forum", "korea-japan-forum-2");
		assertThat(slugs.get(4999)).isEqualTo("korea-japan-forum-5000");
	}

}
