package org.kjnews.search;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the article list is narrowed to; every part comes from the URL. People and organizations are slugs and
 * combine with AND: an article must mention all of them.
 */
public record ArticleFilter(String q, List<String> people, List<String> organizations, String source, Integer year,
		boolean byDate) {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	/** Longer queries are cut: no one types more, and each word costs the index a clause. */
	public static final int MAX_QUERY_LENGTH = 500;

	public ArticleFilter {
		// control characters (a NUL from a crafted address) are no part of a search and no part of a page
		q = q == null ? null : CONTROL.matcher(q).replaceAll(" ");
		// an accent typed as a mark of its own is the letter the articles hold ("kórea")
		q = q == null ? null : Normalizer.normalize(q, Normalizer.Form.NFC);
		// nothing to search for ("*", a lone "OR") is no search: the list as browsed
		q = q == null || QuerySyntax.toSimple(q).isBlank() ? null : q.strip();
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			q = q.substring(0, MAX_QUERY_LENGTH);
		}
		people = people == null ? List.of() : people.stream().filter(s -> !s.isBlank()).distinct().toList();
		organizations = organizations == null ? List.of()
				: organizations.stream().filter(s -> !s.isBlank()).distinct().toList();
		source = source == null || source.isBlank() ? null : source;
	}

	public ArticleFilter(String q, List<String> people, List<String> organizations, String source, Integer year) {
		this(q, people, organizations, source, year, false);
	}

	ArticleFilter withQuery(String query) {
		return new ArticleFilter(query, people, organizations, source, year, byDate);
	}

	/** The words as the page quotes them (a single phrase without its own quotes). */
	public String shownQuery() {
		return QuerySyntax.shown(q);
	}

	/** The same words over all articles: no people, organizations, source or year. */
	ArticleFilter wordsOnly() {
		return new ArticleFilter(q, List.of(), List.of(), null, null, byDate);
	}

	/** Whether anything but words narrows the list: people, organizations, a source or a year. */
	public boolean narrowed() {
		return !people.isEmpty() || !organizations.isEmpty() || source != null || year != null;
	}

	public boolean isEmpty() {
		return q == null && people.isEmpty() && organizations.isEmpty() && source == null && year == null;
	}

}
