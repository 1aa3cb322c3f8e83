package org.kjnews.search;

import java.util.List;

/**
 * What the article list is narrowed to; every part comes from the URL. People and organizations are slugs and
 * combine with AND: an article must mention all of them.
 */
public record ArticleFilter(String q, List<String> people, List<String> organizations, String source, Integer year,
		boolean byDate) {

	/** Longer queries are cut: no one types more, and each word costs the index a clause. */
	public static final int MAX_QUERY_LENGTH = QuerySyntax.MAX_QUERY_LENGTH;

	public ArticleFilter {
		q = QuerySyntax.searched(q);
		people = people == null ? List.of() : people.stream().filter(s -> !s.isBlank()).distinct().toList();
		organizations = organizations == null ? List.of()
				: organizations.stream().filter(s -> !s.isBlank()).distinct().toList();
		source = source == null || source.isBlank() ? null : source;
	}

	/** Whether the words typed are longer than a search takes, so that only their beginning is searched. */
	public static boolean cuts(String typed) {
		// the length first: the usual short search is not read a second time
		return typed != null && typed.strip().length() > MAX_QUERY_LENGTH && QuerySyntax.searched(typed) != null;
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
