package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one article names, gathered in reading order and then resolved: a later "Kang" or "President Moon" is the
 * full name introduced before (or, in a headline, after); an acronym is the name it was defined for; "Busan
 * Chamber" is the "Busan Chamber of Commerce and Industry" of the same article; organizations seen only in
 * title-case headings and never in the prose are dropped, since headings capitalize every word.
 */
final class ArticleEntities {

	/** One place where something is named, before resolution. */
	static final class Named {

		final EntityType type;

		final String surface;

		final int block;

		final int start;

		final int end;

		final String sentence;

		final int order;

		String country;

		String title; // for a short form after a title: "President"

		boolean shortForm;

		boolean acronym;

		boolean weak;

		OrganizationNames.Match org;

		OrganizationKind kind;

		String key;

		Named(EntityType type, String surface, int block, int start, int end, String sentence, int order) {
			this.type = type;
			this.surface = surface;
			this.block = block;
			this.start = start;
			this.end = end;
			this.sentence = sentence;
			this.order = order;
		}

	}

	record PendingRole(Named person, String title, Named org, String sentence, int block) {
	}

	private static final class PersonAcc {

		final String key;

		String name;

		final Set<String> variants = new LinkedHashSet<>();

		String country;

		final Set<String> shortForms = new LinkedHashSet<>();

		final List<Integer> orders = new ArrayList<>();

		PersonAcc(String key, String name) {
			this.key = key;
			this.name = name;
		}

	}

	private static final class OrgAcc {

		final String key;

		String name;

		final Set<String> variants = new LinkedHashSet<>();

		String country;

		OrganizationKind kind;

		boolean confirmed;

		OrgAcc(String key, String name) {
			this.key = key;
			this.name = name;
		}

	}

	private final Knowledge knowledge;

	private final List<Named> people = new ArrayList<>();

	private final List<Named> shortForms = new ArrayList<>();

	private final List<Named> organizations = new ArrayList<>();

	private final List<Named> acronyms = new ArrayList<>();

	private final Map<String, Named> acronymDefinitions = new HashMap<>();

	private final List<Named[]> sameOrganization = new ArrayList<>();

	private final List<PendingRole> roles = new ArrayList<>();

	private int order;

	ArticleEntities(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	Named add(EntityType type, String surface, int block, int start, int end, String sentence) {
		return new Named(type, surface, block, start, end, sentence, order++);
	}

	void person(Named n) {
		(n.shortForm ? shortForms : people).add(n);
	}

	void organization(Named n) {
		(n.acronym ? acronyms : organizations).add(n);
	}

	void defineAcronym(String acronym, Named org) {
		acronymDefinitions.putIfAbsent(acronym, org);
	}

	void same(Named a, Named b) {
		sameOrganization.add(new Named[] { a, b });
	}

	void role(Named person, String title, Named org, String sentence, int block) {
		roles.add(new PendingRole(person, title, org, sentence, block));
	}

	Extraction build() {
		List<Mention> mentions = new ArrayList<>();
		Map<String, PersonAcc> persons = resolvePeople(mentions);
		Map<String, OrgAcc> orgs = resolveOrganizations(mentions);
		List<ExtractedRole> extractedRoles = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (PendingRole r : roles) {
			if (r.person().key == null || !persons.containsKey(r.person().key)) {
				continue;
			}
			String orgKey = r.org() == null ? null : r.org().key;
			if (orgKey != null && !orgs.containsKey(orgKey)) {
				orgKey = null;
			}
			if (seen.add(r.person().key + "|" + r.title() + "|" + orgKey)) {
				extractedRoles.add(new ExtractedRole(r.person().key, r.title(), orgKey, r.sentence(), r.block()));
			}
		}
		List<ExtractedPerson> outPeople = persons.values()
			.stream()
			.map(p -> new ExtractedPerson(p.key, p.name, Set.copyOf(p.variants), p.country))
			.toList();
		List<ExtractedOrganization> outOrgs = orgs.values()
			.stream()
			.map(o -> new ExtractedOrganization(o.key, o.name, Set.copyOf(o.variants), o.country, o.kind))
			.toList();
		return new Extraction(outPeople, outOrgs, List.copyOf(mentions), List.copyOf(extractedRoles));
	}

	private Map<String, PersonAcc> resolvePeople(List<Mention> mentions) {
		Map<String, PersonAcc> persons = new LinkedHashMap<>();
		for (Named n : people) {
			String key = NameKeys.person(n.surface);
			PersonAcc p = persons.computeIfAbsent(key, k -> new PersonAcc(k, n.surface));
			p.variants.add(n.surface);
			p.orders.add(n.order);
			p.shortForms.addAll(shortFormsOf(n.surface));
			Knowledge.Person known = knowledge.person(n.surface);
			if (known != null) {
				// every form the knowledge file gives (other scripts, other spellings) finds the person too
				p.variants.add(known.name());
				p.variants.addAll(known.aliases());
			}
			String country = n.country != null ? n.country : known != null ? known.country() : null;
			if (p.country == null || (known != null && known.country() != null)) {
				p.country = known != null && known.country() != null ? known.country()
						: p.country != null ? p.country : country;
			}
			n.key = key;
			mentions.add(mention(n));
		}
		for (Named n : shortForms) {
			PersonAcc target = nearest(persons, n);
			Knowledge.Person known = target == null && n.title != null ? knowledge.personBySurname(n.surface) : null;
			if (known != null) {
				// "President Obama" with no full name in the article: the one well-known Obama.
				String key = NameKeys.person(known.name());
				target = persons.computeIfAbsent(key, k -> new PersonAcc(k, known.name()));
				target.shortForms.addAll(shortFormsOf(known.name()));
				target.orders.add(n.order);
				target.country = known.country();
				target.variants.add(known.name());
				target.variants.addAll(known.aliases());
			}
			if (target == null) {
				if (n.title == null || !isSurname(n.surface)) {
					continue;
				}
				String key = NameKeys.person(n.surface);
				target = persons.computeIfAbsent(key, k -> new PersonAcc(k, n.surface));
				target.shortForms.add(n.surface.toLowerCase(Locale.ROOT));
				target.orders.add(n.order);
				if (target.country == null) {
					target.country = knowledge.koreanSurname(n.surface) != null ? "KR" : "JP";
				}
			}
			target.variants.add(n.surface);
			if (n.title != null) {
				target.variants.add(n.title + " " + n.surface);
			}
			n.key = target.key;
			mentions.add(mention(n));
		}
		return persons;
	}

	/** The person a short form stands for: the last one named before it, else the first named after it. */
	private PersonAcc nearest(Map<String, PersonAcc> persons, Named n) {
		String form = n.surface.toLowerCase(Locale.ROOT);
		PersonAcc before = null;
		int beforeOrder = -1;
		PersonAcc after = null;
		int afterOrder = Integer.MAX_VALUE;
		for (PersonAcc p : persons.values()) {
			if (!p.shortForms.contains(form)) {
				continue;
			}
			for (int o : p.orders) {
				if (o < n.order && o > beforeOrder) {
					before = p;
					beforeOrder = o;
				}
				if (o > n.order && o < afterOrder) {
					after = p;
					afterOrder = o;
				}
			}
		}
		return before != null ? before : after;
	}

	private boolean isSurname(String w) {
		String l = w.toLowerCase(Locale.ROOT);
		return (knowledge.koreanSurname(l) != null && !knowledge.isWeakKoreanSurname(l))
				|| knowledge.japaneseSurnames.contains(l);
	}

	/** The words a later mention may use alone: a Korean surname, else the family name at either end. */
	private Set<String> shortFormsOf(String name) {
		String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
		Set<String> out = new LinkedHashSet<>();
		if (words.length < 2) {
			out.add(words[0]);
			return out;
		}
		String first = words[0];
		String last = words[words.length - 1];
		if (knowledge.koreanSurname(first) != null && !first.contains("-")) {
			out.add(first);
		}
		else if (knowledge.koreanSurname(last) != null && words[0].contains("-")) {
			out.add(last);
		}
		else {
			out.add(last);
			if (knowledge.japaneseSurnames.contains(first) && !knowledge.japaneseGivenNames.contains(first)) {
				out.add(first);
			}
		}
		return out;
	}

	private Map<String, OrgAcc> resolveOrganizations(List<Mention> mentions) {
		Map<String, OrgAcc> orgs = new LinkedHashMap<>();
		for (Named n : organizations) {
			n.key = keyOf(n);
		}
		// "Keizai Doyukai (Japan Association of Corporate Executives)": both names, one organization.
		Map<String, String> alias = new HashMap<>();
		for (Named[] pair : sameOrganization) {
			if (!pair[0].key.equals(pair[1].key)) {
				alias.put(pair[1].key, pair[0].key);
			}
		}
		for (Named n : acronyms) {
			Named def = acronymDefinitions.get(n.surface);
			if (def != null) {
				n.key = def.key;
			}
		}
		byInitials();
		shortNames(alias);
		List<Named> all = new ArrayList<>(organizations);
		for (Named n : acronyms) {
			if (n.key != null) {
				all.add(n);
			}
		}
		all.sort((a, b) -> Integer.compare(a.order, b.order));
		for (Named n : all) {
			String key = n.key;
			for (int guard = 0; alias.containsKey(key) && guard < 5; guard++) {
				key = alias.get(key);
			}
			n.key = key;
			OrgAcc o = orgs.computeIfAbsent(key, k -> new OrgAcc(k, nameOf(n)));
			Knowledge.Organization known = n.org != null ? n.org.known() : null;
			if (known == null) {
				known = knowledge.organization(o.name);
			}
			if (known != null && NameKeys.organization(known.name()).equals(key)) {
				o.name = known.name();
				o.country = known.country();
				o.kind = known.kind();
				o.variants.addAll(known.aliases());
			}
			o.variants.add(n.surface);
			o.variants.add(o.name);
			if (o.country == null) {
				o.country = n.country;
			}
			if (o.kind == null) {
				o.kind = n.kind != null ? n.kind : n.org != null ? n.org.kind() : null;
			}
			o.confirmed |= !n.weak || known != null || n.acronym;
		}
		for (Map.Entry<String, Named> def : acronymDefinitions.entrySet()) {
			OrgAcc o = orgs.get(def.getValue().key);
			if (o != null) {
				o.variants.add(def.getKey());
			}
		}
		orgs.values().removeIf(o -> !o.confirmed);
		for (Named n : all) {
			if (orgs.containsKey(n.key)) {
				mentions.add(mention(n));
			}
		}
		return orgs;
	}

	/**
	 * An acronym not defined in the text stands for the organization of this article whose initials it spells
	 * ("KBIA" beside "Korea Battery Industry Association"), before any other organization the knowledge gives it to.
	 */
	private void byInitials() {
		Map<String, String> keyByInitials = new HashMap<>();
		Set<String> ambiguous = new java.util.HashSet<>();
		for (Named n : organizations) {
			if (isAcronym(n.surface)) {
				continue;
			}
			String initials = initials(nameOf(n));
			if (initials.length() >= 2) {
				String old = keyByInitials.putIfAbsent(initials, n.key);
				if (old != null && !old.equals(n.key)) {
					ambiguous.add(initials);
				}
			}
		}
		List<Named> candidates = new ArrayList<>(acronyms);
		for (Named n : organizations) {
			if (isAcronym(n.surface)) {
				candidates.add(n);
			}
		}
		Set<String> namedInFull = new java.util.HashSet<>();
		for (Named n : organizations) {
			if (!isAcronym(n.surface)) {
				namedInFull.add(n.key);
			}
		}
		for (Named n : candidates) {
			if (acronymDefinitions.containsKey(n.surface) || ambiguous.contains(n.surface)
					|| (n.key != null && namedInFull.contains(n.key))) {
				continue; // defined, ambiguous, or the organization the knowledge gives it is named in the article
			}
			String key = keyByInitials.get(n.surface);
			if (key != null) {
				n.key = key;
			}
		}
	}

	private static boolean isAcronym(String s) {
		return s.length() <= 6 && s.indexOf(' ') < 0 && s.equals(s.toUpperCase(Locale.ROOT));
	}

	private static String initials(String name) {
		StringBuilder b = new StringBuilder();
		for (String w : name.split("[\\s-]+")) {
			if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
				b.append(w.charAt(0));
			}
		}
		return b.toString();
	}

	/**
	 * A short name ("Busan Chamber", "Hyundai") is the longer name of the same article it begins ("Busan Chamber
	 * of Commerce and Industry", "Hyundai Motor"), when exactly one such name is there.
	 */
	private void shortNames(Map<String, String> alias) {
		Map<String, String> nameByKey = new LinkedHashMap<>();
		Map<String, Integer> firstOrder = new HashMap<>();
		for (Named n : organizations) {
			nameByKey.putIfAbsent(n.key, nameOf(n).toLowerCase(Locale.ROOT));
			firstOrder.putIfAbsent(n.key, n.order);
		}
		Map<String, List<Named>> byKey = new LinkedHashMap<>();
		for (Named n : organizations) {
			byKey.computeIfAbsent(n.key, k -> new ArrayList<>()).add(n);
		}
		for (List<Named> same : byKey.values()) {
			Named n = same.get(0);
			Knowledge.Organization known = n.org != null ? n.org.known() : null;
			if (known != null && !known.name().endsWith(" Group")) {
				continue; // a known company keeps its identity; only a group's bare name ("Hyundai") is shortened use
			}
			String prefix = n.surface.toLowerCase(Locale.ROOT) + " ";
			String match = null;
			int count = 0;
			for (Map.Entry<String, String> e : nameByKey.entrySet()) {
				if (e.getKey().equals(n.key) || !e.getValue().startsWith(prefix)) {
					continue;
				}
				// "Hyundai" after "Hyundai Motor" (or in the headline) shortens it; in a list of groups
				// before any of their companies ("Hyundai, LG and CJ") it names the group.
				int longer = firstOrder.get(e.getKey());
				if (same.stream().anyMatch(m -> m.block == -1 || m.order > longer)) {
					match = e.getKey();
					count++;
				}
			}
			if (count == 1 && !alias.containsKey(n.key)) {
				alias.put(n.key, match);
			}
		}
	}

	private String keyOf(Named n) {
		Knowledge.Organization known = n.org != null ? n.org.known() : null;
		if (known != null) {
			return NameKeys.organization(known.name());
		}
		return knowledge.organizationKey(nameOf(n));
	}

	private String nameOf(Named n) {
		Knowledge.Organization known = n.org != null ? n.org.known() : knowledge.organization(n.surface);
		if (known != null) {
			return known.name();
		}
		// "Incheon Chamber" is how news shortens "Incheon Chamber of Commerce and Industry".
		String[] words = n.surface.split("\\s+");
		if (words.length == 2 && words[1].equals("Chamber")
				&& (knowledge.isPlaceWord(words[0]) || knowledge.countryOf(words[0]) != null)) {
			return n.surface + " of Commerce and Industry";
		}
		return n.surface;
	}

	private static Mention mention(Named n) {
		return new Mention(n.type, Objects.requireNonNull(n.key), n.surface, n.block, n.start, n.end, n.sentence);
	}

}
