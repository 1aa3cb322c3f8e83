package org.kjnews.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How article text is analysed for search. {@code english}: words lower-cased, accents folded, possessives dropped
 * and stemmed, so "battery" finds "batteries" and "startups" finds "startup". {@code words}: the same without
 * stemming, for spelling suggestions that are real words. Registered in application.properties; the Elasticsearch
 * backend has the same analyzers in {@link KjNewsElasticsearchAnalysis}.
 */
public class KjNewsAnalysis implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = "english";

	public static final String WORDS = "words";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("englishPossessive")
			.tokenFilter("porterStem");
		context.analyzer(WORDS).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
