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

	/**
	 * Groups roles given newest first; groups keep that order. Forms of one office are one group
	 * ({@link TitleForms}); a bare "Head" joins the evidence of another title at the same organization, if any.
	 */
	static List<RoleGroup> of(List<RoleView> roles) {
		// the group of each title first, then the roles into their groups in the order given (newest first)
		Map<String, List<Object>> specific = new LinkedHashMap<>();
		for (RoleView role : roles) {
			if (!TitleForms.vague(role.title()) && !slugOf(role).isEmpty()) {
				specific.putIfAbsent(slugOf(role), key(role));
			}
		}
		Map<List<Object>, List<RoleView>> groups = new LinkedHashMap<>();
		for (RoleView role : roles) {
			List<Object> key = TitleForms.vague(role.title()) ? specific.getOrDefault(slugOf(role), key(role))
					: key(role);
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(role);
		}
		return groups.values().stream().map(list -> {
			RoleView shown = list.stream().filter(r -> !TitleForms.vague(r.title())).findFirst().orElse(list.get(0));
			return new RoleGroup(shown.title(), shown.organization(), list.get(0).asOf(), List.copyOf(list));
		}).toList();
	}

	private static List<Object> key(RoleView role) {
		return List.of(TitleForms.key(role.title()), slugOf(role));
	}

	private static String slugOf(RoleView role) {
		return role.organization() == null ? "" : role.organization().slug();
	}

}
