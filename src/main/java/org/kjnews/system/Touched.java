package org.kjnews.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The ids of the records a run of the loader changed something under (mentions added or removed, reports gone), so
 * that the tidying after it looks at those only: a watched folder where one file changed must not recount a
 * hundred thousand people. When a run touched very many (a first load), one statement over all is cheaper.
 */
public final class Touched {

	/** Above this many, the statement over all records is used. */
	static final int SCOPED_LIMIT = 2_000;

	/** Ids per statement: well under every database's limit on parameters. */
	static final int CHUNK = 500;

	private final Set<Long> ids = new HashSet<>();

	public void add(Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	public void addAll(Collection<Long> more) {
		more.forEach(this::add);
	}

	public boolean isEmpty() {
		return ids.isEmpty();
	}

	/** Whether so many were touched that {@link #apply} and {@link #select} cover all records. */
	public boolean coversAll() {
		return ids.size() > SCOPED_LIMIT;
	}

	public Set<Long> ids() {
		return Collections.unmodifiableSet(ids);
	}

	/** Whether {@link #apply} covers this record: it was touched, or so many were that all are. */
	public boolean covers(long id) {
		return ids.size() > SCOPED_LIMIT || ids.contains(id);
	}

	/**
	 * Runs the statement for the records touched: over all of them when there are many, else for a chunk of ids at
	 * a time; nothing when none was touched.
	 * @return the rows the statements changed
	 */
	public int apply(IntSupplier overAll, ToIntFunction<Collection<Long>> forThese) {
		if (ids.isEmpty()) {
			return 0;
		}
		if (ids.size() > SCOPED_LIMIT) {
			return overAll.getAsInt();
		}
		int[] changed = { 0 };
		inChunks(new ArrayList<>(ids), chunk -> changed[0] += forThese.applyAsInt(chunk));
		return changed[0];
	}

	/**
	 * What the query finds among the records touched: over all of them when there are many, else a chunk of ids at
	 * a time; nothing when none was touched.
	 */
	public List<Long> select(Supplier<List<Long>> overAll, Function<Collection<Long>, List<Long>> forThese) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() > SCOPED_LIMIT) {
			return overAll.get();
		}
		List<Long> found = new ArrayList<>();
		inChunks(new ArrayList<>(ids), chunk -> found.addAll(forThese.apply(chunk)));
		return found;
	}

	/** The ids {@link #CHUNK} at a time. */
	public static void inChunks(List<Long> ids, Consumer<List<Long>> each) {
		for (int from = 0; from < ids.size(); from += CHUNK) {
			each.accept(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
	}

	/** After the tidying committed: what it covered needs nothing more. */
	public void clear() {
		ids.clear();
	}

}
