package org.kjnews.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

	@Test
	void marksTheNameAndEscapesTheRest() {
		assertThat(Snippets.marking("Chairman <b>Kim</b> of the Busan Chamber & co.", "Busan Chamber"))
			.isEqualTo("Chairman &lt;b&gt;Kim&lt;/b&gt; of the <mark>Busan Chamber</mark> &amp; co.");
		assertThat(Snippets.marking("No <name> here", "Busan Chamber")).isEqualTo("No &lt;name&gt; here");
	}


	@Test
	void wordsMarkedSideBySideAreOneMark() {
		assertThat(Snippets.clean("Chairman <mark>Chey</mark> <mark>Tae</mark>-<mark>won</mark> of <mark>SK</mark>"))
			.isEqualTo("Chairman <mark>Chey Tae-won</mark> of <mark>SK</mark>");
	}

}
