package org.kjnews.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The query string that selects the same articles as a filter ({@code q}, {@code person}, {@code organization},
 * {@code source}, {@code year}), always in that order: the feed of a list page and the list page of a feed are one
 * link apart, and one filter has one feed address.
 */
public final class FilterQuery {

	private FilterQuery() {
	}

	/** {@code q=…&person=…}, encoded, or an empty string for no filter. */
	public static String of(ArticleFilter filter) {
		StringJoiner query = new StringJoiner("&");
		add(query, "q", filter.q());
		filter.people().forEach(p -> add(query, "person", p));
		filter.organizations().forEach(o -> add(query, "organization", o));
		add(query, "source", filter.source());
		add(query, "year", filter.year() == null ? null : filter.year().toString());
		return query.toString();
	}

	/** The path with the filter's query appended, when there is one. */
	public static String of(String path, ArticleFilter filter) {
		String query = of(filter);
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			// form encoding, as the servlet container decodes it: a '+' typed in a query stays a '+'
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
