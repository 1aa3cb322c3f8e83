package org.kjnews.person;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFormsTest {

	@Test
	void formsOfTheChairAreOneOfficeAndABareHeadGivesWay() {
		assertThat(TitleForms.distinct(List.of("Head", "Chairman", "Chair"))).containsExactly("Chairman");
		assertThat(TitleForms.distinct(List.of("Vice Chairwoman", "vice chair", "Chairperson")))
			.containsExactly("Vice Chairwoman", "Chairperson");
		assertThat(TitleForms.distinct(List.of("Head"))).containsExactly("Head");
		// a head of something is a title of its own, and so is a chairman's office that is not the chair
		assertThat(TitleForms.distinct(List.of("Head of International Trade", "Head")))
			.containsExactly("Head of International Trade");
		assertThat(TitleForms.key("Chairmanship Committee")).isEqualTo("chairmanship committee");
	}

}
