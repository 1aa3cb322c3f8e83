package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Spelling on the Lucene backend: Lucene's {@link DirectSpellChecker} over the index's own terms. */
@Component
@ConditionalOnProperty(name = Spelling.BACKEND_TYPE, havingValue = "lucene", matchIfMissing = true)
class LuceneSpelling extends Spelling {

	private final EntityManagerFactory entityManagerFactory;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	LuceneSpelling(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	Map<String, String> closest(Set<String> words) {
		try (IndexReader reader = Search.mapping(entityManagerFactory)
			.scope(Article.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			Map<String, String> closest = new LinkedHashMap<>();
			for (String word : words) {
				String suggestion = suggest(word, reader);
				if (suggestion != null) {
					closest.put(word, suggestion);
				}
			}
			return closest;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String suggest(String word, IndexReader reader) throws IOException {
		for (String field : FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return null;
			}
		}
		SuggestWord best = null;
		for (String field : FIELDS) {
			SuggestWord[] found = checker.suggestSimilar(new Term(field, word), 1, reader);
			if (found.length > 0 && (best == null || found[0].score > best.score)) {
				best = found[0];
			}
		}
		return best == null ? null : best.string;
	}

}
