package org.kjnews.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One left-to-right pass over a sentence's tokens that splits it into titles, people, organizations, places and
 * the rest, taking the longest reading at each position: "Hanwha Group Chairman Kim Seung-youn" is organization,
 * title, person; "Toyota and Honda" two organizations; "Fukuoka" a place.
 */
final class SentenceScanner {

	private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "noted", "stressed", "explained");

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/** Lower-case nouns after which capitalized words name a company ("American firm Micron"). */
	private static final Set<String> COMPANY_NOUNS = Set.of("firm", "company", "chipmaker", "carmaker", "automaker",
			"startup", "conglomerate", "shipbuilder", "steelmaker", "retailer", "brokerage", "developer", "manufacturer",
			"supplier", "insurer", "airline", "operator", "subsidiary", "affiliate", "unit", "giant");

	private final Knowledge knowledge;

	private final Titles titles;

	private final PersonNames people;

	private final OrganizationNames organizations;

	SentenceScanner(Knowledge knowledge) {
		this.knowledge = knowledge;
		this.titles = new Titles(knowledge);
		this.people = new PersonNames(knowledge);
		this.organizations = new OrganizationNames(knowledge, titles, people);
	}

	Titles titles() {
		return titles;
	}

	List<Segment> scan(List<Token> tokens) {
		List<Segment> out = new ArrayList<>();
		int n = tokens.size();
		int i = 0;
		while (i < n) {
			Token t = tokens.get(i);
			if (!t.isWord() || (!t.isCapitalized() && titles.at(tokens, i) == null)) {
				i++;
				continue; // a lower-case word starts nothing but a title ("chairman of")
			}
			Segment best = best(tokens, i);
			if (best == null) {
				i++;
				continue;
			}
			out.add(best);
			i = best.to();
			if (best.is(Segment.Type.TITLE)) {
				Segment after = afterTitle(tokens, best, out);
				if (after != null) {
					out.add(after);
					i = after.to();
				}
			}
		}
		return out;
	}

	private Segment best(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		if (t.lower().endsWith("-based") && t.text().length() > 6) {
			// "Tokyo-based Rakuten": the place tells the country of what follows and is no part of its name.
			String place = t.lower().substring(0, t.lower().length() - 6);
			String country = knowledge.placeCountry.get(place);
			return Segment.of(Segment.Type.OTHER, i, i + 1, country != null ? country : knowledge.countryOf(place));
		}
		Titles.Match title = titles.at(tokens, i);
		Gazetteer.Match<String> place = knowledge.places.longest(tokens, i, true);
		Gazetteer.Match<String> country = knowledge.countries.longest(tokens, i, true);
		OrganizationNames.Match org = t.isCapitalized() ? organizations.at(tokens, i) : null;
		PersonNames.Match person = people.at(tokens, i);
		Segment best = null;
		int bestEnd = i;
		if (title != null && title.end() > bestEnd) {
			best = new Segment(Segment.Type.TITLE, i, title.end(), title.country(), title, null);
			bestEnd = title.end();
		}
		if (place != null && place.end() > bestEnd) {
			best = Segment.of(Segment.Type.OTHER, i, place.end(), null);
			bestEnd = place.end();
		}
		if (country != null && country.end() > bestEnd) {
			best = Segment.of(Segment.Type.OTHER, i, country.end(), country.value());
			bestEnd = country.end();
		}
		if (org != null && org.known() != null && org.end() > bestEnd) {
			best = new Segment(Segment.Type.ORGANIZATION, i, org.end(), org.country(), null, org);
			bestEnd = org.end();
		}
		if (person != null && person.end() > bestEnd) {
			best = Segment.of(Segment.Type.PERSON, i, person.end(), person.country());
			bestEnd = person.end();
		}
		if (org != null && org.known() == null && org.end() > bestEnd) {
			best = new Segment(Segment.Type.ORGANIZATION, i, org.end(), org.country(), null, org);
			bestEnd = org.end();
		}
		if (best == null) {
			Segment named = afterCompanyNoun(tokens, i);
			if (named != null) {
				return named;
			}
			int fallback = appositivePerson(tokens, i);
			if (fallback > 0) {
				return Segment.of(Segment.Type.PERSON, i, fallback, null);
			}
			if (t.isAllCaps() && t.text().length() <= 10 && Character.isLetter(t.text().charAt(0))) {
				return Segment.of(Segment.Type.ACRONYM, i, i + 1, null);
			}
			if (t.isUpperCaseLetter() && people.free(t)) {
				return Segment.of(Segment.Type.BARE, i, i + 1, null);
			}
			return null;
		}
		if (best.is(Segment.Type.ORGANIZATION)) {
			// "Hanwha Resort", "Hyundai Motor Studio": a venue named after an organization is neither.
			int k = best.to();
			while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
					&& titles.at(tokens, k) == null && people.at(tokens, k) == null) {
				if (knowledge.notOrganizationLastWords.contains(tokens.get(k).lower())) {
					return Segment.of(Segment.Type.OTHER, i, k + 1, null);
				}
				k++;
			}
		}
		return best;
	}

	/** After a title, the name it introduces when no shape rule found one: "President Lula", "President Moon". */
	private Segment afterTitle(List<Token> tokens, Segment title, List<Segment> before) {
		int e = title.to();
		boolean orgBefore = before.size() >= 2 && before.get(before.size() - 2).is(Segment.Type.ORGANIZATION)
				&& before.get(before.size() - 2).to() == title.from();
		if (e >= tokens.size() || !(title.title().capitalized() || orgBefore)) {
			return null;
		}
		PersonNames.Match known = people.at(tokens, e);
		if (known != null) {
			Segment p = Segment.of(Segment.Type.PERSON, e, known.end(), known.country());
			return p;
		}
		int k = e;
		while (k < tokens.size() && k < e + 3 && tokens.get(k).isWord() && tokens.get(k).isUpperCaseLetter()
				&& !tokens.get(k).isAllCaps() && people.free(tokens.get(k)) && organizations.at(tokens, k) == null
				&& knowledge.places.longest(tokens, k, true) == null) {
			k++;
		}
		if (k == e) {
			return null;
		}
		// Two romanized-Japanese words after a title ("Gov. Hirofumi Yoshimura") are a Japanese name.
		String country = knowledge.koreanSurname(tokens.get(e).text()) != null && k - e == 2
				&& KoreanNames.isHyphenatedGivenName(tokens.get(e + 1).text()) ? "KR"
				: k - e == 2 && JapaneseNames.isKana(tokens.get(e).text())
				&& JapaneseNames.isKana(tokens.get(e + 1).text()) && tokens.get(e).text().length() > 3
				&& tokens.get(e + 1).text().length() > 3 ? "JP" : null;
		return Segment.of(k - e == 1 ? Segment.Type.PERSON_SHORT : Segment.Type.PERSON, e, k, country);
	}

	/** "analysis firm Leaders Index", "chipmaker Rapidus": capitalized words after such a noun name a company. */
	private Segment afterCompanyNoun(List<Token> tokens, int i) {
		if (i == 0 || !COMPANY_NOUNS.contains(tokens.get(i - 1).text())) {
			return null;
		}
		int k = i;
		while (k < tokens.size() && k < i + 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()
				&& !knowledge.isStopWord(tokens.get(k)) && !knowledge.isPlaceWord(tokens.get(k))
				&& knowledge.countryOf(tokens.get(k)) == null && titles.at(tokens, k) == null
				&& people.at(tokens, k) == null) {
			k++;
		}
		if (k == i || (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isCapitalized())) {
			return null;
		}
		String surface = Titles.join(tokens, i, k);
		if (knowledge.isNotOrganization(surface)) {
			return null;
		}
		OrganizationNames.Match m = new OrganizationNames.Match(k, surface, null, OrganizationKind.COMPANY, null);
		return new Segment(Segment.Type.ORGANIZATION, i, k, null, null, m);
	}

	/**
	 * Two or three capitalized words that no rule knows, followed by ", a senior economist at" or preceded by
	 * "said": news writes people so ("said Arvind Krishna, chief executive of IBM").
	 */
	private int appositivePerson(List<Token> tokens, int i) {
		int k = i;
		while (k < tokens.size() && k < i + 3 && tokens.get(k).isWord() && tokens.get(k).isUpperCaseLetter()
				&& !tokens.get(k).isAllCaps() && people.free(tokens.get(k))
				&& tokens.get(k).text().chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
			k++;
		}
		if (k - i < 2) {
			return -1;
		}
		boolean said = i > 0 && SPEECH.contains(tokens.get(i - 1).lower())
				&& (k == tokens.size() || tokens.get(k).is(",") || tokens.get(k).is("."));
		if (said || (k < tokens.size() && tokens.get(k).is(",") && titleFollows(tokens, k + 1))) {
			return k;
		}
		return -1;
	}

	private boolean titleFollows(List<Token> tokens, int k) {
		if (k < tokens.size() && ARTICLES.contains(tokens.get(k).lower())) {
			k++;
		}
		for (int j = k; j < Math.min(tokens.size(), k + 4); j++) {
			Token t = tokens.get(j);
			if (!t.isWord() || t.isUpperCaseLetter()) {
				return false;
			}
			if (knowledge.titleWords.contains(t.lower()) && j + 1 < tokens.size()
					&& (tokens.get(j + 1).is("of") || tokens.get(j + 1).is("at"))) {
				return true;
			}
		}
		return false;
	}

}
