package org.kjnews.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceMarksTest {

	@Test
	void theHighlightersBreakIteratorCutsWhereTheArticlesSentencesEnd() {
		String body = "Korea and Japan in focus\nAmid U.S.-China tensions, Mr. Kim met Dr. Lee at 3 p.m. in Seoul. "
				+ "The two sides agreed on 3.5 percent.\nLast paragraph.";
		String marked = SentenceMarks.forHighlighter(body);
		assertThat(marked).hasSameSizeAs(body);
		assertThat(sentences(marked)).containsExactly("Korea and Japan in focus",
				"Amid U.S.-China tensions, Mr. Kim met Dr. Lee at 3 p.m. in Seoul.", "The two sides agreed on 3.5 percent.",
				"Last paragraph.");
		assertThat(SentenceMarks.readable(marked)).isEqualTo(body.replace('\n', ' '));
		// a decimal point stays what it is: "3.5" is the term a search for it looks up
		assertThat(marked).contains("3.5 percent");
	}

	/** What the JDK's sentence iterator makes of the text, as the article's characters. */
	private static List<String> sentences(String marked) {
		BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
		iterator.setText(marked);
		List<String> out = new ArrayList<>();
		for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator
			.next()) {
			out.add(SentenceMarks.readable(marked.substring(start, end)).strip());
		}
		return out;
	}

}
