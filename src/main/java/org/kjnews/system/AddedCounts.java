package org.kjnews.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions and articles that articles new in a run gave each record (person or organization), so that the
 * tidying after the run adds them to the stored counts instead of counting every mention again: after a first load
 * of 100,000 articles, that recount read every mention row and took a minute. What a transaction adds counts only
 * once it commits; records that lost mentions (a changed or removed article) are recounted in full instead
 * ({@link Touched}).
 */
public final class AddedCounts {

	/** What the transaction under way added: mentions and articles by id. */
	private final Map<Long, int[]> pending = new HashMap<>();

	private final Map<Long, int[]> committed = new HashMap<>();

	/** One new article mentions the record this many times (at least once). */
	public void add(long id, int mentions) {
		int[] counts = pending.computeIfAbsent(id, k -> new int[2]);
		counts[0] += mentions;
		counts[1]++;
	}

	public void committed() {
		pending.forEach((id, counts) -> {
			int[] total = committed.computeIfAbsent(id, k -> new int[2]);
			total[0] += counts[0];
			total[1] += counts[1];
		});
		pending.clear();
	}

	public void rolledBack() {
		pending.clear();
	}

	/** Adds what each record gained, except to those counted again in full, by equal gains a chunk at a time. */
	public void apply(Touched recounted, Adder adder) {
		Map<List<Integer>, List<Long>> byGain = new HashMap<>();
		committed.forEach((id, counts) -> {
			if (!recounted.covers(id)) {
				byGain.computeIfAbsent(List.of(counts[0], counts[1]), k -> new ArrayList<>()).add(id);
			}
		});
		byGain.forEach((gain, ids) -> Touched.inChunks(ids, chunk -> adder.add(gain.get(0), gain.get(1), chunk)));
	}

	/** The records that gained anything in committed transactions. */
	public Set<Long> ids() {
		return Collections.unmodifiableSet(committed.keySet());
	}

	/** After the tidying committed. */
	public void clear() {
		committed.clear();
	}

	/** Adds mentions and articles to the counts of these records. */
	@FunctionalInterface
	public interface Adder {

		void add(int mentions, int articles, List<Long> ids);

	}

}
