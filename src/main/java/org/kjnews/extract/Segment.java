package org.kjnews.extract;

/**
 * A stretch of a sentence's tokens that the scanner recognized.
 *
 * @param type what it is
 * @param from first token
 * @param to after the last token
 * @param country the country the words tell (a person's name shape or title's nationality, an organization's words)
 * @param title for a title, what it says
 * @param org for an organization, what was matched
 */
record Segment(Type type, int from, int to, String country, Titles.Match title, OrganizationNames.Match org) {

	enum Type {
		/** A person's full name. */
		PERSON,
		/** One capitalized word after a title ("President Moon"): a short form to resolve. */
		PERSON_SHORT,
		ORGANIZATION,
		TITLE,
		/** An all-capitals word that may be an acronym defined elsewhere in the article. */
		ACRONYM,
		/** A capitalized word that may be a short form of a person named elsewhere ("Kang", "Moon"). */
		BARE,
		/** Places, countries, venues and events: recognized so that nothing else takes their words. */
		OTHER
	}

	static Segment of(Type type, int from, int to, String country) {
		return new Segment(type, from, to, country, null, null);
	}

	boolean is(Type t) {
		return type == t;
	}

	boolean isPerson() {
		return type == Type.PERSON || type == Type.PERSON_SHORT;
	}

}
