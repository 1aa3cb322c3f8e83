package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.Article;
import org.springframework.stereotype.Component;

/**
 * Spelling suggestions from the words of the archive itself: "Keidanen" becomes "keidanren" when the index holds
 * that word and not the misspelling. Words in quotes and operators are kept as they are.
 */
@Component
class Spelling {

	private static final Pattern WORD = Pattern.compile("\"[^\"]*\"|[\\p{L}\\p{N}]{3,}");

	private static final String[] FIELDS = { "bodyWords", "titleWords" };

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	Spelling(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The query with each unknown word replaced by the closest known one, or null when nothing changes. */
	String correct(String query) {
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(Article.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			StringBuilder corrected = new StringBuilder();
			boolean changed = false;
			Matcher m = WORD.matcher(query);
			while (m.find()) {
				String word = m.group();
				String replacement = word.startsWith("\"") ? word : suggest(word.toLowerCase(Locale.ROOT), reader);
				changed |= !replacement.equalsIgnoreCase(word);
				m.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
			}
			m.appendTail(corrected);
			return changed ? corrected.toString() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String suggest(String word, IndexReader reader) throws IOException {
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return word;
			}
		}
		SuggestWord best = null;
		for (String field : FIELDS) {
			SuggestWord[] found = checker.suggestSimilar(new Term(field, word), 1, reader);
			if (found.length > 0 && (best == null || found[0].score > best.score)) {
				best = found[0];
			}
		}
		return best == null ? word : best.string;
	}

}
