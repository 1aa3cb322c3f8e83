package org.kjnews.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link KjNewsAnalysis} for the Elasticsearch/OpenSearch backend (profile elasticsearch): the same analyzers under
 * the same names, built from the server's own components, so the entities map the same on either backend.
 */
public class KjNewsElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	/** Lucene's EnglishPossessiveFilter is the server's stemmer filter in its "possessive_english" language. */
	private static final String ENGLISH_POSSESSIVE = "kjnews_english_possessive";

	private static final String ACRONYM_DOTS = "kjnews_acronym_dots";

	private static final String STOP = "kjnews_stop";

	private static final String NAME_ENDS = "kjnews_name_ends";

	private static final String CJK_LETTERS_AND_PAIRS = "kjnews_cjk_letters_and_pairs";

	private static final String NAME_SEPARATORS = "kjnews_name_separators";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.tokenFilter(ACRONYM_DOTS)
			.type("pattern_replace")
			.param("pattern", KjNewsAnalysis.ACRONYM_DOTS)
			.param("replacement", "")
			.param("all", true);
		context.tokenFilter(STOP).type("stop").param("stopwords", StopWords.ALL.toArray(String[]::new));
		context.analyzer(KjNewsAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", STOP, ACRONYM_DOTS, "asciifolding", ENGLISH_POSSESSIVE, "porter_stem");
		context.analyzer(KjNewsAnalysis.WORDS).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
		context.tokenFilter(CJK_LETTERS_AND_PAIRS).type("cjk_bigram").param("output_unigrams", true);
		context.analyzer(KjNewsAnalysis.NAMES)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "asciifolding", CJK_LETTERS_AND_PAIRS);
		context.analyzer(KjNewsAnalysis.NAMES_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("cjk_width", "lowercase", "asciifolding", "cjk_bigram");
		context.charFilter(NAME_ENDS)
			.type("pattern_replace")
			.param("pattern", KjNewsAnalysis.NAME_ENDS)
			.param("replacement", "");
		context.charFilter(NAME_SEPARATORS)
			.type("pattern_replace")
			.param("pattern", KjNewsAnalysis.NAME_SEPARATORS)
			.param("replacement", " ");
		context.normalizer(KjNewsAnalysis.NAME_FORM)
			.custom()
			.charFilters(NAME_ENDS, NAME_SEPARATORS)
			.tokenFilters("lowercase", "asciifolding");
	}

}
