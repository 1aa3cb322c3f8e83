package org.kjnews.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes an organization's name at a position: a known name or alias from the knowledge file, or a run of
 * capitalized words ending in a word such as "Association", "University" or "Group" (with "of ..." after the words
 * that take it: "Pohang University of Science and Technology", "Ministry of Economy, Trade and Industry"). Events, pacts,
 * venues and blocs are not organizations.
 */
final class OrganizationNames {

	/** An organization found at some tokens: its surface, the known entry (or null), and what its words tell. */
	record Match(int end, String surface, Knowledge.Organization known, OrganizationKind kind, String country) {
	}

	/** Words that join the parts of a long name after "of": "Commerce and Industry", "Science and Technology". */
	private static final Set<String> CONNECTORS = Set.of("of", "for", "on");

	private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

	/** Only these take "on": "Council on Foreign Relations", "Committee on Trade". */
	private static final Set<String> TAKES_ON = Set.of("council", "committee", "commission", "conference");

	private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

	/** The words a title may take after "of" ("Head of International Affairs") before a name. */
	private static final int MAX_TITLE_OF_WORDS = 4;

	private final Knowledge knowledge;

	private final Titles titles;

	private final PersonNames people;

	OrganizationNames(Knowledge knowledge, Titles titles, PersonNames people) {
		this.knowledge = knowledge;
		this.titles = titles;
		this.people = people;
	}

	/** Whether the capitalized words around i follow an ordinal ("57th"), as the name of a numbered session does. */
	private static boolean inNumberedSession(List<Token> tokens, int i) {
		int k = i;
		while (k > 0 && (tokens.get(k - 1).isUpperCaseLetter() || tokens.get(k - 1).is("-"))) {
			k--;
		}
		return k > 0 && ORDINAL.matcher(tokens.get(k - 1).text()).matches();
	}

	/**
	 * Whether an organization of its own begins at j: one the knowledge file names ("Keidanren") or a company
	 * ("Samsung Electronics"). After "and" it is the next party, not more of the name: "Federation of Korean
	 * Industries and Keidanren" is two, "Institute of Science and Technology" one.
	 */
	private boolean anotherOrganization(List<Token> tokens, int j) {
		Match next = at(tokens, j);
		return next != null && (next.known() != null || next.kind() == OrganizationKind.COMPANY);
	}

	/**
	 * Whether a title begins at j and a person's name follows it: in the words after "of" or "for" a title alone may
	 * be part of the name ("Office of the President"), a title and a name are the next part of the sentence.
	 */
	private boolean titleOfSomeone(List<Token> tokens, int j) {
		Titles.Match title = titles.at(tokens, j);
		if (title == null) {
			return false;
		}
		int k = title.end();
		if (k + 1 < tokens.size() && tokens.get(k).is("of")) {
			// "Head of International Affairs Lim …": the title's own words after "of", then the name
			int m = k + 1;
			while (m < tokens.size() && m - k <= MAX_TITLE_OF_WORDS && tokens.get(m).isWord()
					&& tokens.get(m).isCapitalized() && people.at(tokens, m) == null) {
				m++;
			}
			k = m > k + 1 ? m : k;
		}
		return k < tokens.size() && people.at(tokens, k) != null;
	}

	/** The longer of the known and the generic name at i, or null. */
	Match at(List<Token> tokens, int i) {
		return tokens.get(i).memo(2, () -> find(tokens, i));
	}

	private Match find(List<Token> tokens, int i) {
		Gazetteer.Match<Knowledge.Organization> known = knowledge.organizations.longest(tokens, i, true);
		Match generic = generic(tokens, i);
		if (known != null && (generic == null || generic.end() <= known.end())) {
			Knowledge.Organization o = known.value();
			return new Match(known.end(), Titles.join(tokens, i, known.end()), o, o.kind(), o.country());
		}
		return generic;
	}

	private Match generic(List<Token> tokens, int i) {
		Token first = tokens.get(i);
		if (!first.isWord() || !first.isCapitalized() || knowledge.isStopWord(first)) {
			return null;
		}
		if (ORDINAL.matcher(first.text()).matches() || inNumberedSession(tokens, i)) {
			return null; // "the 57th Korea-Japan Space Industry Roundtable": a session of a meeting, no organization
		}
		int n = tokens.size();
		int end = -1;
		OrganizationKind kind = null;
		boolean tailOpen = false; // after a word that takes "of" ("University"), the "of ..." words belong to it
		boolean inTail = false;
		boolean takesIn = false;
		int j = i;
		while (j < n) {
			Token t = tokens.get(j);
			if (t.isWord() && t.isCapitalized()) {
				if (inTail && (CALENDAR.contains(t.lower()) || Character.isDigit(t.text().charAt(0)))) {
					break; // "Constitutional Court on April 4"
				}
				if (j > i && !inTail && t.isUpperCaseLetter() && titles.at(tokens, j) != null
						&& knowledge.orgWord(t) == null) {
					break; // "Hanwha Group Chairman": the title starts the next part
				}
				if (inTail && titleOfSomeone(tokens, j)) {
					break; // "Korea Institute for Industrial Economics President Kim …": the name ends before the title
				}
				Gazetteer.Match<Knowledge.OrgWord> phrase = knowledge.orgPhrases.longest(tokens, j, true);
				Knowledge.OrgWord word = phrase != null ? phrase.value() : knowledge.orgWord(t);
				int wordEnd = phrase != null ? phrase.end() : j + 1;
				if (word != null && !inTail && (!word.weak() || strongBefore(tokens, i, j))) {
					if (wordEnd - i > 1 || word.takesOf()) {
						end = wordEnd;
						kind = word.kind() != null ? word.kind() : kind;
						tailOpen = word.takesOf();
						takesIn = word.takesIn();
						inTail = false;
					}
				}
				else if (inTail) {
					end = wordEnd;
				}
				j = wordEnd;
				continue;
			}
			String w = t.lower();
			if (CONNECTORS.contains(w) && (tailOpen || inTail) && j + 1 < n
					&& (!w.equals("on") || TAKES_ON.contains(tokens.get(j - 1).lower()))) {
				int k = j + 1;
				if (tokens.get(k).is("the") && k + 1 < n) {
					k++;
				}
				if (Character.isDigit(tokens.get(k).text().charAt(0))) {
					return null; // "Group of 20", "Association for the 2025 World Exposition": a name we cannot bound
				}
				if (tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
					inTail = true;
					j = k;
					continue;
				}
				break;
			}
			if ((w.equals("and") || w.equals("&")) && inTail && j + 1 < n && tokens.get(j + 1).isWord()
					&& tokens.get(j + 1).isCapitalized() && knowledge.countryOf(tokens.get(j + 1)) == null
					&& !knowledge.isPlaceWord(tokens.get(j + 1))
					&& !(j + 2 < n && tokens.get(j + 2).isPossessive()) && !anotherOrganization(tokens, j + 1)) {
				j++;
				continue;
			}
			if (w.equals(",") && inTail && listContinues(tokens, j + 1)) {
				j++;
				continue;
			}
			if (w.equals("in") && takesIn && end == j && j + 1 < n) {
				Gazetteer.Match<String> place = knowledge.places.longest(tokens, j + 1, true);
				Gazetteer.Match<String> country = knowledge.countries.longest(tokens, j + 1, true);
				int placeEnd = place != null ? place.end() : country != null ? country.end() : -1;
				if (placeEnd > 0) {
					end = placeEnd; // "Japanese Embassy in Seoul"
				}
			}
			break;
		}
		if (end < 0 || (end - i == 1 && knowledge.orgWord(first) != null)) {
			return null;
		}
		while (end > i && !tokens.get(end - 1).isWord()) {
			end--;
		}
		String surface = Titles.join(tokens, i, end);
		if (knowledge.isNotOrganization(surface)) {
			return null;
		}
		Knowledge.Organization known = knowledge.organization(surface);
		if (known == null && end - i > 2 && knowledge.countryOf(first) != null) {
			// "Japanese Ministry of Economy, Trade and Industry": a nationality before a known name
			known = knowledge.organization(Titles.join(tokens, i + 1, end));
		}
		if (known != null) {
			return new Match(end, surface, known, known.kind(), known.country());
		}
		return new Match(end, surface, null, kind, countryOfName(tokens, i, end));
	}

	/** "Trade, Industry and Energy": more capitalized words, then "and". */
	private static boolean listContinues(List<Token> tokens, int k) {
		for (int j = k; j < Math.min(tokens.size(), k + 6); j++) {
			Token t = tokens.get(j);
			if (t.is("and")) {
				return j > k;
			}
			if (!(t.isWord() && t.isCapitalized()) && !t.is(",")) {
				return false;
			}
		}
		return false;
	}

	/** A weak last word ("Steel", "Complex") makes a name only after a word that is not a place or a country. */
	private boolean strongBefore(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			String w = tokens.get(k).text();
			if (tokens.get(k).isWord() && !knowledge.isPlaceWord(w) && knowledge.countryOf(w) == null
					&& countryOfHyphenated(w) == null) {
				return true;
			}
		}
		return false;
	}

	/** The country an unknown organization's own words tell: "Korea X", "X of Japan", "Seoul X", "Nagoya X". */
	String countryOfName(List<Token> tokens, int from, int to) {
		String firstWord = tokens.get(from).text();
		String c = knowledge.countryOf(firstWord);
		if (c == null) {
			c = countryOfHyphenated(firstWord);
		}
		if (c == null) {
			c = knowledge.placeCountry.get(firstWord.toLowerCase(Locale.ROOT));
		}
		if (c == null && to - from >= 3 && (tokens.get(to - 2).is("of") || tokens.get(to - 2).is("in"))) {
			String last = tokens.get(to - 1).text();
			c = knowledge.countryOf(last);
		}
		if (c == null) {
			c = knowledge.brandCountry.get(tokens.get(from).lower()); // "Mizuho Securities": a Mizuho is Japanese
		}
		return c;
	}

	/** "Korea-Japan" tells KR: the first of the pair names whose organization it is. */
	private String countryOfHyphenated(String w) {
		int dash = w.indexOf('-');
		return dash > 0 ? knowledge.countryOf(w.substring(0, dash)) : null;
	}

}
