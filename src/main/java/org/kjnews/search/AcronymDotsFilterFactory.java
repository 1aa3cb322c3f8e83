package org.kjnews.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops a stop between two letters of a word ({@code u.s} becomes {@code us}), so "U.S." and "US" are one word. A
 * pattern filter did the same with a regular expression on every token, and the index writer spent a third more
 * time on each article; this looks at a token only when it holds a stop. The Elasticsearch analysis does it with the
 * server's pattern filter ({@link KjNewsAnalysis#ACRONYM_DOTS}).
 */
public final class AcronymDotsFilterFactory extends TokenFilterFactory {

	public AcronymDotsFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new AcronymDots(input);
	}

	private static final class AcronymDots extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		AcronymDots(TokenStream input) {
			super(input);
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			char[] chars = term.buffer();
			int length = term.length();
			int kept = 0;
			for (int i = 0; i < length; i++) {
				char c = chars[i];
				// writing in place reaches index i - 1 at most, and only with the char that was there: the neighbours
				// looked at are the token's own
				boolean stop = (c == '.' || c == '\u2024') && i > 0 && i < length - 1
						&& Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1]);
				if (!stop) {
					chars[kept++] = c;
				}
			}
			term.setLength(kept);
			return true;
		}

	}

}
