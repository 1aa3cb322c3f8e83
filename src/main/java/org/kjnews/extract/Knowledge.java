package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Facts about well-known entities that help resolution (aliases, acronyms, former names, countries, kinds), read
 * from documented data files under {@code /knowledge/} on the class path (see docs/knowledge.md): entities, name
 * lists, places, countries, titles and the words that end organization names. It helps; it is not a list of answers.
 */
public final class Knowledge {

	/** A known organization: its canonical name, country, kind and every other name it goes by. */
	public record Organization(String name, String country, OrganizationKind kind, Set<String> aliases) {
	}

	/** A known person: canonical name and country. */
	public record Person(String name, String country, Set<String> aliases) {
	}

	/** A word that ends an organization's name ("Association"), with the kind it suggests. */
	record OrgWord(OrganizationKind kind, boolean takesOf, boolean takesIn, boolean weak) {
	}

	private static volatile Knowledge builtIn;

	final Gazetteer<Organization> organizations = new Gazetteer<>();
	final Gazetteer<Person> people = new Gazetteer<>();
	final Gazetteer<String> places = new Gazetteer<>();
	final Gazetteer<String> countries = new Gazetteer<>();
	final Gazetteer<String> titles = new Gazetteer<>();
	final Gazetteer<OrgWord> orgPhrases = new Gazetteer<>();
	private final Map<String, Organization> organizationByForm = new HashMap<>();
	private final Map<String, Person> personByKey = new HashMap<>();
	private final Map<String, Person> personBySurname = new HashMap<>();
	private final Set<String> sharedSurnames = new HashSet<>();
	final Set<String> japaneseSurnames = new HashSet<>();
	final Set<String> japaneseGivenNames = new HashSet<>();
	final Set<String> westernGivenNames = new HashSet<>();
	final Set<String> placeWords = new HashSet<>();
	final Map<String, String> placeCountry = new HashMap<>();
	/** The first word of known companies' names ("Mizuho", "Hyundai") and the one country they all share. */
	final Map<String, String> brandCountry = new HashMap<>();
	final Map<String, String> countryWords = new HashMap<>();
	final Set<String> stopWords = new HashSet<>();
	final Set<String> titleWords = new HashSet<>();
	final Map<String, OrgWord> orgWords = new HashMap<>();
	final Set<String> notOrganizations = new HashSet<>();
	final Set<String> notOrganizationLastWords = new HashSet<>();

	/** The knowledge files shipped with the application ({@code /knowledge/*} on the class path), read once. */
	public static Knowledge builtIn() {
		Knowledge k = builtIn;
		if (k == null) {
			synchronized (Knowledge.class) {
				if (builtIn == null) {
					builtIn = load("/knowledge/");
				}
				k = builtIn;
			}
		}
		return k;
	}

	/** Reads the knowledge files from a class-path folder such as {@code /knowledge/}. */
	public static Knowledge load(String folder) {
		Knowledge k = new Knowledge();
		for (String[] row : rows(folder + "entities.tsv")) {
			k.addEntity(row);
		}
		for (String[] row : rows(folder + "japanese-names.tsv")) {
			(row[0].equals("G") ? k.japaneseGivenNames : k.japaneseSurnames).add(row[1].toLowerCase(Locale.ROOT));
		}
		for (String w : words(folder + "western-given-names.txt")) {
			k.westernGivenNames.add(w.toLowerCase(Locale.ROOT));
		}
		String section = null;
		for (String line : lines(folder + "places.txt", true)) {
			if (line.startsWith("#")) {
				// "# Korea", "# Japan" start the sections whose places tell an organization's country.
				section = line.contains("Korea") ? "KR" : line.contains("Japan") ? "JP" : null;
				continue;
			}
			for (String w : line.split("\\s+")) {
				String place = w.replace('_', ' ');
				if (!place.contains(" ")) {
					k.placeWords.add(place.toLowerCase(Locale.ROOT));
				}
				k.places.add(place, place);
				if (section != null) {
					k.placeCountry.put(place.toLowerCase(Locale.ROOT), section);
				}
			}
		}
		for (String[] row : rows(folder + "countries.tsv")) {
			for (String form : row[1].split("\\|")) {
				k.countries.add(form, row[0]);
				k.countryWords.put(form.toLowerCase(Locale.ROOT), row[0]);
			}
		}
		for (String w : words(folder + "stop-words.txt")) {
			k.stopWords.add(w.toLowerCase(Locale.ROOT));
		}
		for (String t : lines(folder + "titles.txt")) {
			k.titles.add(t, t);
			// The last word names the position ("Special Professor" -> professor): such a word is never a name.
			String[] words = t.split("\\s+");
			k.titleWords.add(words[words.length - 1].toLowerCase(Locale.ROOT).replace(".", ""));
		}
		for (String[] row : rows(folder + "organization-words.tsv")) {
			OrganizationKind kind = row.length > 1 && !row[1].isBlank() ? OrganizationKind.valueOf(row[1].strip())
					: null;
			String flags = row.length > 2 ? row[2] : "";
			OrgWord w = new OrgWord(kind, flags.contains("of"), flags.contains("in"), flags.contains("weak"));
			if (row[0].contains(" ")) {
				k.orgPhrases.add(row[0], w);
			}
			else {
				k.orgWords.put(row[0].toLowerCase(Locale.ROOT), w);
			}
		}
		for (String line : lines(folder + "not-organizations.txt")) {
			if (line.startsWith("@")) {
				k.notOrganizationLastWords.add(line.substring(1).toLowerCase(Locale.ROOT));
			}
			else {
				k.notOrganizations.add(NameKeys.organization(line));
			}
		}
		k.brandCountries();
		return k;
	}

	private void addEntity(String[] row) {
		String type = row[0].strip();
		String name = row[1].strip();
		String country = row.length > 2 && !row[2].isBlank() ? row[2].strip() : null;
		Set<String> aliases = new LinkedHashSet<>();
		if (row.length > 4) {
			for (String a : row[4].split("\\|")) {
				if (!a.isBlank()) {
					aliases.add(a.strip());
				}
			}
		}
		if (type.equals("PERSON")) {
			Person p = new Person(name, country, Set.copyOf(aliases));
			people.add(name, p);
			for (String surname : surnamesOf(name)) {
				Person other = personBySurname.putIfAbsent(surname, p);
				if (other != null && other != p) {
					sharedSurnames.add(surname);
				}
			}
			personByKey.putIfAbsent(NameKeys.person(name), p);
			for (String a : aliases) {
				people.add(a, p);
				personByKey.putIfAbsent(NameKeys.person(a), p);
			}
			return;
		}
		OrganizationKind kind = row.length > 3 && !row[3].isBlank() ? OrganizationKind.valueOf(row[3].strip()) : null;
		Organization o = new Organization(name, country, kind, Set.copyOf(aliases));
		organizationList.add(o);
		organizations.add(name, o);
		organizationByForm.putIfAbsent(NameKeys.organization(name), o);
		for (String a : aliases) {
			organizations.add(a, o);
			organizationByForm.putIfAbsent(NameKeys.organization(a), o);
		}
	}

	private final List<Organization> organizationList = new ArrayList<>();

	/** A brand tells a country when every known company whose name starts with it is of that country. */
	private void brandCountries() {
		Set<String> conflicting = new HashSet<>();
		for (Organization o : organizationList) {
			if (o.kind() != OrganizationKind.COMPANY || o.country() == null) {
				continue;
			}
			Set<String> forms = new HashSet<>(o.aliases());
			forms.add(o.name());
			for (String f : forms) {
				String first = f.split("[\\s-]+")[0];
				String w = first.toLowerCase(Locale.ROOT);
				if (first.length() < 3 || !Character.isUpperCase(first.charAt(0)) || countryWords.containsKey(w)
						|| placeWords.contains(w) || stopWords.contains(w) || titleWords.contains(w)
						|| orgWords.containsKey(w) || f.indexOf(' ') < 0 && !f.equals(o.name())) {
					continue;
				}
				String old = brandCountry.putIfAbsent(w, o.country());
				if (old != null && !old.equals(o.country())) {
					conflicting.add(w);
				}
			}
		}
		conflicting.forEach(brandCountry::remove);
	}

	/** The known organization a name, acronym, alias or former name stands for, or null. */
	public Organization organization(String form) {
		return organizationByForm.get(NameKeys.organization(form));
	}

	/** The words of a known name that may stand alone for it: a Korean surname, else the last word. */
	private static Set<String> surnamesOf(String name) {
		String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
		if (words.length < 2) {
			return Set.of();
		}
		if (KoreanSurnames.canonical(words[0]) != null && words[1].contains("-")) {
			return Set.of(words[0]);
		}
		return Set.of(words[words.length - 1]);
	}

	/**
	 * The one well-known person a surname after a title stands for ("President Obama", "Prime Minister Takaichi"),
	 * or null when the knowledge has none or several ("President Park").
	 */
	Person personBySurname(String surname) {
		String s = surname.toLowerCase(Locale.ROOT);
		return sharedSurnames.contains(s) ? null : personBySurname.get(s);
	}

	/** The known person a name stands for, in any order or romanization, or null. */
	public Person person(String name) {
		return personByKey.get(NameKeys.person(name));
	}

	/**
	 * The cross-article key of an organization: the key of its canonical name when the name is known ("KOTRA" and
	 * "Korea Trade Investment Promotion Agency" give the key of "Korea Trade-Investment Promotion Agency"), else of the
	 * name.
	 */
	public String organizationKey(String name) {
		Organization o = organization(name);
		return NameKeys.organization(o != null ? o.name() : name);
	}

	/** The canonical Korean surname for a romanization ("Yi", "Rhee" give "lee"), or null when it is not one. */
	public String koreanSurname(String word) {
		return KoreanSurnames.canonical(word);
	}

	boolean isWeakKoreanSurname(String w) {
		return KoreanSurnames.isWeak(w);
	}

	boolean isStopWord(Token t) {
		return stopWords.contains(t.lower());
	}

	boolean isPlaceWord(Token t) {
		return placeWords.contains(t.lower());
	}

	String countryOf(Token t) {
		return countryWords.get(t.lower());
	}

	OrgWord orgWord(Token t) {
		return orgWords.get(t.lower());
	}

	boolean isPlaceWord(String w) {
		return placeWords.contains(w.toLowerCase(Locale.ROOT));
	}

	String countryOf(String w) {
		return countryWords.get(w.toLowerCase(Locale.ROOT));
	}

	boolean isStopWord(String w) {
		return stopWords.contains(w.toLowerCase(Locale.ROOT));
	}

	OrgWord orgWord(String w) {
		return orgWords.get(w.toLowerCase(Locale.ROOT));
	}

	boolean isNotOrganization(String name) {
		if (notOrganizations.contains(NameKeys.organization(name))) {
			return true;
		}
		int space = name.lastIndexOf(' ');
		return notOrganizationLastWords.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
	}

	private static List<String> lines(String path) {
		return ResourceLines.of(path);
	}

	private static List<String> lines(String path, boolean keepComments) {
		return ResourceLines.of(path, keepComments);
	}

	private static List<String[]> rows(String path) {
		List<String[]> out = new ArrayList<>();
		for (String l : lines(path)) {
			out.add(l.split("\t"));
		}
		return out;
	}

	private static List<String> words(String path) {
		List<String> out = new ArrayList<>();
		for (String l : lines(path)) {
			for (String w : l.split("\\s+")) {
				out.add(w);
			}
		}
		return out;
	}

}
