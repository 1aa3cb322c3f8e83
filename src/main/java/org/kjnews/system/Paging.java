package org.kjnews.system;

/**
 * A page number and size from a URL, clamped to what makes sense: a negative page is the first, a size is kept
 * between 1 and {@value #MAX_SIZE}, and no page lies so far out that its offset overflows. A page parameter that is not a number is a 400 before it gets here.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 500;

	public static final int DEFAULT_SIZE = 20;

	/** No list is paged deeper than this: the search index refuses offsets near Integer.MAX_VALUE. */
	public static final int MAX_OFFSET = 1_000_000;

	public Paging {
		size = Math.min(Math.max(size, 1), MAX_SIZE);
		page = Math.min(Math.max(page, 0), MAX_OFFSET / size); // a page past the end is empty, never an overflow
	}

}
