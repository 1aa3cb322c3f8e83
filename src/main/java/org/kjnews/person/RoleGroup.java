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
		Map<List<Object>, List<RoleView>> groups = new LinkedHashMap<>();
		for (RoleView role : roles) {
			groups.computeIfAbsent(List.of(TitleForms.key(role.title()), slugOf(role)), k -> new ArrayList<>())
				.add(role);
		}
		for (RoleView role : roles) {
			if (TitleForms.vague(role.title())) {
				groups.entrySet()
					.stream()
					.filter(g -> g.getKey().get(1).equals(slugOf(role)) && !TitleForms.vague(g.getValue().get(0).title()))
					.findFirst()
					.ifPresent(other -> {
						groups.get(List.of(TitleForms.key(role.title()), slugOf(role))).remove(role);
						other.getValue().add(role);
					});
			}
		}
		groups.values().removeIf(List::isEmpty);
		return groups.values().stream().map(list -> {
			RoleView newest = list.get(0);
			return new RoleGroup(newest.title(), newest.organization(), newest.asOf(), List.copyOf(list));
		}).toList();
	}

	private static String slugOf(RoleView role) {
		return role.organization() == null ? "" : role.organization().slug();
	}

}
