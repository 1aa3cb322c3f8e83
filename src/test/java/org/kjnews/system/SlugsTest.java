package org.kjnews.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

	@Test
	void latinLosesAccentsAndPunctuation() {
		assertThat(Slugs.of("Chey Tae-won")).isEqualTo("chey-tae-won");
		assertThat(Slugs.of("Café  Société!")).isEqualTo("cafe-societe");
		assertThat(Slugs.of("000_4356e5f8f044c887")).isEqualTo("000-4356e5f8f044c887");
	}

	@Test
	void hangulAndKanaKeepTheirComposedForm() {
		assertThat(Slugs.of("한국 기사 one")).isEqualTo("한국-기사-one");
		assertThat(Slugs.of("経団連 ガイド")).isEqualTo("経団連-ガイド");
	}

	@Test
	void nothingUsableGivesAPlaceholder() {
		assertThat(Slugs.of("!!!")).isEqualTo("untitled");
	}

}
