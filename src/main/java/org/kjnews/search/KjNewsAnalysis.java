package org.kjnews.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How article text is analysed for search. {@code english}: words lower-cased, accents folded, possessives dropped
 * and stemmed, so "battery" finds "batteries" and "startups" finds "startup"; "U.S." is "US"; "of", "the" and a few more are left out. {@code words}: the same without
 * stemming, for spelling suggestions that are real words. {@code names}: {@code words} for the names of people and
 * organizations, Korean and Japanese also by single letters and pairs. {@code nameForm}: a whole name as one term, lower-cased,
 * accents folded, punctuation and spacing made one space, for finding a person or organization by any form of its
 * name. Registered in application.properties; the Elasticsearch
 * backend has the same analyzers in {@link KjNewsElasticsearchAnalysis}.
 */
public class KjNewsAnalysis implements LuceneAnalysisConfigurer {

	public static final String ENGLISH = "english";

	public static final String WORDS = "words";

	/**
	 * Words of names, for finding people and organizations by part of a name: as {@code words}, and a run of Korean
	 * or Japanese letters also as its single letters and pairs of letters. Korean writes a name without spaces
	 * ({@code 김대중}, {@code 대한상공회의소}): "김" and "상공회의소" are found inside it, as Japanese already was.
	 */
	public static final String NAMES = "names";

	/**
	 * {@code names} for the words searched: pairs of letters only (a lone letter stays one). Letters and pairs
	 * together would make a query of every way to split the word, which grows exponentially with its length, and
	 * would match the letters of a word anywhere in a name.
	 */
	public static final String NAMES_QUERY = "namesQuery";

	/** A name as one term, for exact lookups: {@code Moon Jae-in} and {@code moon jae in} are the same form. */
	public static final String NAME_FORM = "nameForm";

	/** Words too common to search for or mark ("of", "the"), one a line: the english analyzer drops them. */
	static final String STOP_WORDS = "search/stop-words.txt";

	/** A stop between letters inside a word ({@code u.s}), dropped: "U.S." and "US" are one word. */
	static final String ACRONYM_DOTS = "(?<=\\p{L})[.\u2024](?=\\p{L})";

	/** Punctuation and spacing at either end of a name, dropped. */
	static final String NAME_ENDS = "^[\\p{P}\\p{Z}\\s]+|[\\p{P}\\p{Z}\\s]+$";

	/** Punctuation and spacing inside a name, one space. */
	static final String NAME_SEPARATORS = "[\\p{P}\\p{Z}\\s]+";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("stop")
			.param("words", STOP_WORDS)
			.tokenFilter(AcronymDotsFilterFactory.class)
			.tokenFilter("asciiFolding")
			.tokenFilter("englishPossessive")
			.tokenFilter("porterStem");
		context.analyzer(WORDS).custom().tokenizer("standard").tokenFilter("lowercase").tokenFilter("asciiFolding");
		context.analyzer(NAMES)
			.custom()
			.tokenizer("standard")
			.tokenFilter("cjkWidth")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("cjkBigram")
			.param("outputUnigrams", "true");
		context.analyzer(NAMES_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("cjkWidth")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("cjkBigram");
		context.normalizer(NAME_FORM)
			.custom()
			.charFilter("patternReplace")
			.param("pattern", NAME_ENDS)
			.param("replacement", "")
			.charFilter("patternReplace")
			.param("pattern", NAME_SEPARATORS)
			.param("replacement", " ")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
	}

}
