package org.kjnews.ingest;

import org.junit.jupiter.api.Test;
import org.kjnews.article.BlockType;
import org.kjnews.article.ParsedArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader on the shapes of text that real saved articles take beyond the seeds. */
class TextArticleReaderEdgeTest {

	private final TextArticleReader reader = new TextArticleReader();

	@Test
	void theHeadlineMayFollowFurnitureAndADateLine() {
		ParsedArticle a = reader.read("print page\nPublished 2025.12.09 09:53 | Updated 2025.12.10 10:20\n"
				+ "Seoul and Tokyo plan joint hydrogen fund\nThe two governments said on Monday they would act.\n");
		assertThat(a.title()).isEqualTo("Seoul and Tokyo plan joint hydrogen fund");
		assertThat(a.published().iso()).isEqualTo("2025-12-09");
		assertThat(a.published().time()).hasToString("09:53");
		assertThat(a.subheadings()).isEmpty();
	}

	@Test
	void koreanDateLinesWithInputAndModifiedTimesAreDateLines() {
		ParsedArticle a = reader.read("Headline\n입력 2025.12.09 09:53 수정 2025.12.09 10:20\nBody text here.\n");
		assertThat(a.published().iso()).isEqualTo("2025-12-09");
		assertThat(a.subheadings()).isEmpty();
	}

	@Test
	void proseThatMerelyStartsLikeFurnitureStaysInTheBody() {
		ParsedArticle a = reader.read("Headline\nCopyright disputes have long divided the two industries.\n"
				+ "By Friday the talks had ended without a deal.\n#1 exporter Samsung said it would wait.\n");
		assertThat(a.source()).isNull();
		assertThat(a.byline()).isNull();
		assertThat(a.tags()).isEmpty();
		assertThat(a.blocks()).extracting(b -> b.text()).containsExactly(
				"Copyright disputes have long divided the two industries.",
				"By Friday the talks had ended without a deal.", "#1 exporter Samsung said it would wait.");
	}

	@Test
	void copyrightNoticesInTheirUsualFormsNameTheSource() {
		assertThat(reader.read("H\nBody.\nCopyright © 2025 Yonhap News Agency. All rights reserved.\n").source())
			.isEqualTo("Yonhap News Agency");
		assertThat(reader.read("H\nBody.\n(c) The Korea Herald\n").source()).isEqualTo("The Korea Herald");
	}

	@Test
	void bylinesInMixedCaseOrWithAnAffiliation() {
		assertThat(reader.read("H\nBody.\nBy Park Ji-won, Staff reporter\n").byline()).isEqualTo("Park Ji-won");
		assertThat(reader.read("H\nBody.\nBY LEE SO-YEON [lee.soyeon@example.com]\n").byline()).isEqualTo("Lee So-yeon");
	}

	@Test
	void lostApostrophesAndDashesAreRepairedButRealQuestionsAreNot() {
		ParsedArticle a = reader.read("H\nKorea?s exporters don?t agree. Why? Because costs rose?sharply.\n");
		assertThat(a.blocks().get(0).text()).isEqualTo("Korea’s exporters don’t agree. Why? Because costs rose—sharply.");
	}

	@Test
	void aLowerCaseLineContinuesTheParagraphItIsNotASubheading() {
		ParsedArticle a = reader.read("Headline\nThe ministry said the plan would\nbe announced next week.\n");
		assertThat(a.subheadings()).isEmpty();
		assertThat(a.blocks()).extracting(b -> b.text())
			.containsExactly("The ministry said the plan would be announced next week.");
	}

	@Test
	void markdownHeadingsGiveTitleAndSubheadings() {
		ParsedArticle a = reader.read("# A Markdown title\n\nLead paragraph.\n\n## A section\n\nMore text.\n");
		assertThat(a.title()).isEqualTo("A Markdown title");
		assertThat(a.subheadings()).containsExactly("A section");
		assertThat(a.blocks()).extracting(b -> b.type()).containsExactly(BlockType.PARAGRAPH, BlockType.HEADING,
				BlockType.PARAGRAPH);
	}

	@Test
	void aLongLeadBecomesAShortTitleEndingInAnEllipsis() {
		ParsedArticle a = reader.read("The finance ministers of South Korea and Japan met in Tokyo on Friday and agreed "
				+ "to restore a currency swap line that had lapsed during years of diplomatic tension between them.\n");
		assertThat(a.titleDerived()).isTrue();
		assertThat(a.title()).endsWith("…").hasSizeLessThanOrEqualTo(112);
		assertThat(a.title()).doesNotEndWith(" and…").doesNotEndWith(" the…");
	}

}
