package org.kjnews.system;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape the JSON API promises and the pages use for their paging links. */
public record PageResult<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResult<T> of(List<T> items, Paging request, long totalItems) {
		int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
		return new PageResult<>(items, request.page(), request.size(), totalItems, totalPages);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}

	/** Whether the page asked for comes after the last one (the list is not empty): the page then offers the last. */
	public boolean pastTheEnd() {
		return totalItems > 0 && page >= totalPages;
	}

}
