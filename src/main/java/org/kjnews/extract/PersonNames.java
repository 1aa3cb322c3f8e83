package org.kjnews.extract;

import java.util.List;

/**
 * Recognizes a person's full name at a position by its shape: a Korean surname and given name ("Kang Min-seo",
 * "Park Ji Won", "Cho Hyun"), two romanized Japanese words one of which is a known Japanese name ("Sato Kenji",
 * "Yuko Tanaka"), a Western given name and a surname ("Laura Mitchell"), or a name in the knowledge file.
 */
final class PersonNames {

	/** A name found at some tokens; {@code country} is what its shape tells (KR, JP) or the knowledge says. */
	record Match(int end, String country) {
	}

	private final Knowledge knowledge;

	PersonNames(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	Match at(List<Token> tokens, int i) {
		return tokens.get(i).memo(1, () -> find(tokens, i));
	}

	private Match find(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		if (!t.isUpperCaseLetter() || knowledge.isStopWord(t)) {
			return null;
		}
		Gazetteer.Match<Knowledge.Person> known = knowledge.people.longest(tokens, i, true);
		if (known != null && known.end() - i >= 2) {
			return new Match(known.end(), known.value().country());
		}
		int korean = korean(tokens, i);
		if (korean > 0) {
			return new Match(korean, "KR");
		}
		if (japanese(tokens, i)) {
			return new Match(i + 2, "JP");
		}
		int western = western(tokens, i);
		if (western > 0) {
			return new Match(western, null);
		}
		return null;
	}

	/** The end of a Korean name at i, or -1. */
	private int korean(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		String surname = knowledge.koreanSurname(t.text());
		Token n1 = word(tokens, i + 1);
		if (surname != null && n1 != null && n1.isUpperCaseLetter() && free(n1)) {
			if (KoreanNames.isHyphenatedGivenName(n1.text())) {
				return i + 2;
			}
			boolean weak = knowledge.isWeakKoreanSurname(t.text());
			if (weak || !KoreanNames.isSyllable(n1.text())) {
				return -1;
			}
			Token n2 = word(tokens, i + 2);
			if (n2 != null && n2.isUpperCaseLetter() && free(n2) && KoreanNames.isSyllable(n2.text())
					&& adjacent(tokens, i + 2)) {
				return i + 3; // "Park Ji Won", "Moon Jae In"
			}
			Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
			if (after == null || !after.isWord() || !after.isCapitalized() || !adjacent(tokens, i + 2)) {
				return i + 2; // "Cho Hyun", "Kim Jun," — a one-syllable given name, then no more capitals
			}
			return -1;
		}
		// Western order: "Jae-yong Lee".
		if (KoreanNames.isHyphenatedGivenName(t.text()) && n1 != null && knowledge.koreanSurname(n1.text()) != null
				&& n1.isUpperCaseLetter()) {
			return i + 2;
		}
		return -1;
	}

	private boolean japanese(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		Token n1 = word(tokens, i + 1);
		if (n1 == null || !n1.isUpperCaseLetter() || t.isAllCaps() || n1.isAllCaps() || !free(t) || !free(n1)) {
			return false;
		}
		if (!JapaneseNames.isKana(t.text()) || !JapaneseNames.isKana(n1.text())) {
			return false;
		}
		String a = t.lower();
		String b = n1.lower();
		return knowledge.japaneseSurnames.contains(a) || knowledge.japaneseGivenNames.contains(a)
				|| knowledge.japaneseSurnames.contains(b) || knowledge.japaneseGivenNames.contains(b);
	}

	private int western(List<Token> tokens, int i) {
		Token t = tokens.get(i);
		if (!knowledge.westernGivenNames.contains(t.lower())) {
			return -1;
		}
		int j = i + 1;
		Token n = word(tokens, j);
		if (n != null && n.text().length() == 2 && n.text().endsWith(".")) {
			j++; // a middle initial
			n = word(tokens, j);
		}
		if (n == null || !n.isUpperCaseLetter() || n.isAllCaps() || !free(n) || n.text().endsWith(".")) {
			return -1;
		}
		return j + 1;
	}

	/** Not a word that cannot be part of a name: a title, a place, a country, an organization word, a stop word. */
	boolean free(Token w) {
		return !knowledge.isStopWord(w) && !knowledge.isPlaceWord(w) && knowledge.countryOf(w) == null
				&& knowledge.orgWord(w) == null && !knowledge.titleWords.contains(w.lower())
				&& !(w.lower().endsWith(".") && knowledge.titleWords.contains(w.lower().replace(".", "")));
	}

	private static Token word(List<Token> tokens, int i) {
		if (i >= tokens.size() || !tokens.get(i).isWord()) {
			return null;
		}
		return tokens.get(i);
	}

	private static boolean adjacent(List<Token> tokens, int i) {
		return tokens.get(i).start() == tokens.get(i - 1).end() + 1;
	}

}
