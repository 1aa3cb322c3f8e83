package org.kjnews.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymDotsFilterFactoryTest {

	@Test
	void dropsOnlyTheStopsBetweenLetters() throws IOException {
		assertThat(tokens("U.S.-China U.S.A U\u2024S\u2024 talks 3.5 percent e.g. example.com US")).containsExactly("US",
				"China", "USA", "US", "talks", "3.5", "percent", "eg", "examplecom", "US");
	}

	private static List<String> tokens(String text) throws IOException {
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(text));
		List<String> out = new ArrayList<>();
		try (TokenStream stream = new AcronymDotsFilterFactory(new HashMap<>()).create(tokenizer)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				out.add(term.toString());
			}
			stream.end();
		}
		return out;
	}

}
