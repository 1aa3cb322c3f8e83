package org.kjnews.system;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The slugs of one kind taken so far, handing out free ones: the slug itself, else the first free of slug-2,
 * slug-3… Where thousands share a base (meetings of one name without a date), the next number to try is
 * remembered per base, so a new slug costs one or two lookups instead of one per slug of that name. Slugs are only
 * ever added to a pool (a pool lives for one run of the loader), so a number passed over once stays taken.
 */
public final class SlugPool {

	private final Set<String> taken = new HashSet<>();

	/** For a base whose own slug is taken: the suffix to try first next time. */
	private final Map<String, Integer> nextSuffix = new HashMap<>();

	public SlugPool(Collection<String> taken) {
		this.taken.addAll(taken);
	}

	/** A free slug for the base, taken from now on. */
	public String take(String base) {
		String slug = base;
		if (taken.contains(slug)) {
			int n = nextSuffix.getOrDefault(base, 2);
			do {
				slug = base + "-" + n++;
			}
			while (taken.contains(slug));
			nextSuffix.put(base, n);
		}
		taken.add(slug);
		return slug;
	}

	/** Notes a slug taken elsewhere. */
	public void add(String slug) {
		taken.add(slug);
	}

}
