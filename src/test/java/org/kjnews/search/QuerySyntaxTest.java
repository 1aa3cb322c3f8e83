package org.kjnews.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuerySyntaxTest {

	@Test
	void readsTheOperatorsOfWebSearchEngines() {
		assertThat(QuerySyntax.toSimple("Chey OR Kobayashi")).isEqualTo("(Chey | Kobayashi)");
		assertThat(QuerySyntax.toSimple("hydrogen Chey OR Kobayashi OR \"Ken Kobayashi\""))
			.isEqualTo("hydrogen (Chey | Kobayashi | \"Ken Kobayashi\")");
		assertThat(QuerySyntax.toSimple("Chey AND Lee")).isEqualTo("Chey Lee");
		assertThat(QuerySyntax.toSimple("korea NOT japan")).isEqualTo("korea -japan");
		// in lower case they are words, and in a phrase they are words too
		assertThat(QuerySyntax.toSimple("war or peace")).isEqualTo("war or peace");
		assertThat(QuerySyntax.toSimple("\"war OR peace\"")).isEqualTo("\"war OR peace\"");
		// an operator with nothing to join is left out
		assertThat(QuerySyntax.toSimple("OR korea AND")).isEqualTo("korea");
	}

	@Test
	void aPrefixTypedAsAWholeWordAsksForItsStemToo() {
		assertThat(QuerySyntax.toSimple("energy*")).isEqualTo("(energy* | energi*)");
		assertThat(QuerySyntax.toSimple("-energy* OR korea")).isEqualTo("(-(energy* | energi*) | korea)");
	}

	@Test
	void keepsAPrefixOnlyWhenItIsLongEnough() {
		assertThat(QuerySyntax.toSimple("semicond*")).isEqualTo("semicond*");
		assertThat(QuerySyntax.toSimple("semicond***")).isEqualTo("semicond*");
		assertThat(QuerySyntax.toSimple("(semicond* | korea)")).isEqualTo("(semicond* | korea)");
		assertThat(QuerySyntax.toSimple("ko* k* *")).isEqualTo("ko* k");
		assertThat(QuerySyntax.toSimple("*")).isEmpty();
		assertThat(QuerySyntax.toSimple("a*b")).isEqualTo("a b");
		assertThat(QuerySyntax.toSimple("\"star * inside\"")).isEqualTo("\"star * inside\"");
		// a quote left open is no phrase, and its star no way around the minimum
		assertThat(QuerySyntax.toSimple("\"a*")).isEqualTo("a");
		assertThat(QuerySyntax.toSimple("\"korea japan")).isEqualTo("korea japan");
	}

	@Test
	void whatIsWantedLeavesOutWhatIsExcluded() {
		assertThat(QuerySyntax.wanted("-Chey")).isNull();
		assertThat(QuerySyntax.wanted("korea -\"Chey Tae-won\" NOT Lee")).isEqualTo("korea");
		assertThat(QuerySyntax.wanted("Chey OR -Lee OR Kim")).isEqualTo("(Chey | Kim)");
		// a hyphen inside a name is no minus
		assertThat(QuerySyntax.wanted("Chey Tae-won")).isEqualTo("Chey Tae-won");
	}

	@Test
	void aPhraseIsShownWithoutItsOwnQuotes() {
		assertThat(QuerySyntax.shown("\"shuttle diplomacy\"")).isEqualTo("shuttle diplomacy");
		assertThat(QuerySyntax.shown("\"a\" \"b\"")).isEqualTo("\"a\" \"b\"");
		assertThat(QuerySyntax.shown("korea")).isEqualTo("korea");
	}

}
