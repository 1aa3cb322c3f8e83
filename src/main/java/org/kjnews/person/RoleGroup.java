package org.kjnews.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kjnews.article.EntityRef;
import org.kjnews.extract.PartialDate;

/**
 * One title at one organization as several articles state it: shown once, as of the newest of them, with every
 * statement as evidence on demand.
 */
public record RoleGroup(String title, EntityRef organization, PartialDate asOf, List<RoleView> evidence) {

	/** Groups roles given newest first; groups keep that order. */
	static List<RoleGroup> of(List<RoleView> roles) {
		Map<List<Object>, List<RoleView>> groups = new LinkedHashMap<>();
		for (RoleView role : roles) {
			List<Object> key = new ArrayList<>();
			key.add(role.title().toLowerCase());
			key.add(role.organization() == null ? "" : role.organization().slug());
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
		}
		return groups.values().stream().map(list -> {
			RoleView newest = list.get(0);
			return new RoleGroup(newest.title(), newest.organization(), newest.asOf(), List.copyOf(list));
		}).toList();
	}

}
