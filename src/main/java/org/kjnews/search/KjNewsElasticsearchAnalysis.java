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

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
		context.analyzer(KjNewsAnalysis.ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", ENGLISH_POSSESSIVE, "porter_stem");
		context.analyzer(KjNewsAnalysis.WORDS).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
	}

}
