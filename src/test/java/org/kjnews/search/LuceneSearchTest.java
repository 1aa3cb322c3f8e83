package org.kjnews.search;

import java.io.UnsupportedEncodingException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SearchAnswers} on the default backend, Lucene (the same context as the other page tests). */
@SpringBootTest(properties = { "kjnews.seeds-dir=seeds", "kjnews.data-dir=target/test-data/${random.uuid}" })
@AutoConfigureMockMvc
class LuceneSearchTest extends SearchAnswers {

	@Autowired
	ExactNames names;

	@Test
	void aNameIsFoundInAnyCaseSpacingOrPunctuationButNeverByABareSurname() {
		List<Long> chey = names.of("Chey Tae-won").people();
		assertThat(chey).hasSize(1);
		assertThat(names.of("chey tae won").people()).isEqualTo(chey);
		assertThat(names.of(" CHEY  TAE—WON. ").people()).isEqualTo(chey);
		// "Chey" alone is one of his forms in the articles, but a surname names no one
		assertThat(names.of("Chey").people()).isEmpty();
		// nor with punctuation around it, which the comparison of forms ignores
		for (String typed : new String[] { "Chey,", "(Chey)", "Chey.", "\"Chey!\"" }) {
			assertThat(names.of(typed).people()).as(typed).isEmpty();
		}
		assertThat(names.of("K").isEmpty()).isTrue();
		assertThat(names.of("kcci").organizations()).hasSize(1);
		// a query with operators is not one name; one quoted phrase is
		assertThat(ExactNames.asOneName("korea -KCCI")).isNull();
		assertThat(ExactNames.asOneName("\"Korea Chamber of Commerce and Industry\""))
			.isEqualTo("Korea Chamber of Commerce and Industry");
		assertThat(ExactNames.plain("Moon Jae-in")).isTrue();
	}

	/** Lucene looks up every word and phrase of the query, so a name excluded is excluded in every form. */
	@Test
	void aNameExcludedIsExcludedInEveryForm() throws UnsupportedEncodingException {
		var naming = slugs(mvc.get().uri("/api/articles").param("organization", "keidanren"));
		// some of them never write it in that form, and all of them are found by the first word alone
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"select count(*) from article where body like '%経団連%'", Long.class)).isLessThan(naming.size());
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "korea"))).containsAll(naming);
		assertThat(slugs(mvc.get().uri("/api/articles").param("q", "korea -経団連"))).isNotEmpty()
			.doesNotContainAnyElementsOf(naming);
	}

}
