package org.kjnews.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kjnews.article.ArticleLink;
import org.kjnews.article.EntityRef;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

class RoleGroupTest {

	private static final EntityRef CHEY = new EntityRef("chey", "Chey");

	private static final EntityRef CHAMBER = new EntityRef("chamber", "Chamber");

	private static RoleView role(String title, EntityRef organization, int month) {
		return new RoleView(CHEY, title, organization, new ArticleLink("a" + month, "Article " + month),
				PartialDate.ofMonth(2025, month, DateBasis.STATED, null), "sentence " + month);
	}

	@Test
	void formsOfOneOfficeAndABareHeadAreOneGroupInDateOrder() {
		RoleView headInDecember = role("Head", CHAMBER, 12);
		RoleView chairmanInJune = role("Chairman", CHAMBER, 6);
		RoleView headOfNothing = role("Head", null, 5);
		RoleView chairInMay = role("Chair", CHAMBER, 5);
		List<RoleGroup> groups = RoleGroup.of(List.of(headInDecember, chairmanInJune, headOfNothing, chairInMay));
		assertThat(groups).hasSize(2);
		RoleGroup chamber = groups.get(0);
		assertThat(chamber.title()).isEqualTo("Chairman");
		assertThat(chamber.asOf().start()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(chamber.evidence()).containsExactly(headInDecember, chairmanInJune, chairInMay);
		// a head of no organization named stays a title of its own
		assertThat(groups.get(1).evidence()).containsExactly(headOfNothing);
	}

}
