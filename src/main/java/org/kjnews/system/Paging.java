package org.kjnews.system;

/**
 * A page number and size from a URL, clamped to what makes sense: a negative page is the first, a size is kept
 * between 1 and {@value #MAX_SIZE}, and no page lies so far out that its offset overflows. A page parameter that is not a number is a 400 before it gets here.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 500;

	public static final int DEFAULT_SIZE = 20;

	/**
	 * No list is paged past this many results: the search index refuses offsets near Integer.MAX_VALUE, and an
	 * Elasticsearch index anything past its {@code max_result_window} (set to this, elasticsearch/index-settings.json).
	 */
	public static final int MAX_OFFSET = 1_000_000;

	public Paging {
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		// a page past the end is empty, never an overflow: its last result lies within the first MAX_OFFSET
		page = Math.min(Math.max(page, 0), MAX_OFFSET / size - 1);
	}

}
