package org.kjnews.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people and organizations that a word or phrase of a search names exactly, in any form the archive knows of
 * them (name, acronym, alias, other script): so {@code JETRO} or {@code 일본무역진흥기구} also finds the articles that
 * name the Japan External Trade Organization only in another form. Forms are compared as the {@code nameForm}
 * normalizer has them (case, accents, punctuation and spacing ignored). A form that more than {@value #MAX} share is
 * too vague to stand for anyone and names no one, and a person is never named by one Latin word (a bare surname).
 */
@Component
@Transactional(readOnly = true)
class ExactNames {

	/** More people or organizations than this under one form: the form is ambiguous. */
	static final int MAX = 5;

	/**
	 * Words and phrases of one query looked up at most: each costs two small searches, and a query of a hundred words
	 * is not a name.
	 */
	static final int LOOKUPS = 16;

	/** Shorter forms (one letter) are never names worth widening a search for. */
	private static final int MIN_LENGTH = 2;

	/** Punctuation and spacing at either end, which the {@code nameForm} normalizer drops too. */
	private static final Pattern ENDS = Pattern.compile(KjNewsAnalysis.NAME_ENDS);

	/** A word of Latin letters alone (with hyphens or apostrophes), as a surname is. */
	private static final Pattern SINGLE_LATIN_WORD = Pattern.compile("[\\p{IsLatin}'’-]+");

	/** Operators of the simple query syntax, and a minus that starts a word (a hyphen inside a name is not one). */
	private static final Pattern OPERATORS = Pattern.compile("[\"+|()*~\\\\]|(^|\\s)-");

	private final EntityManager em;

	ExactNames(EntityManager em) {
		this.em = em;
	}

	/** Ids of the people and organizations named, either list empty when the form names none or too many. */
	record Named(List<Long> people, List<Long> organizations) {

		static final Named NONE = new Named(List.of(), List.of());

		boolean isEmpty() {
			return people.isEmpty() && organizations.isEmpty();
		}

		/** Everyone this or the other names. */
		Named and(Named other) {
			if (other.isEmpty()) {
				return this;
			}
			if (isEmpty()) {
				return other;
			}
			Set<Long> allPeople = new LinkedHashSet<>(people);
			allPeople.addAll(other.people());
			Set<Long> allOrganizations = new LinkedHashSet<>(organizations);
			allOrganizations.addAll(other.organizations());
			return new Named(List.copyOf(allPeople), List.copyOf(allOrganizations));
		}

	}

	Named of(String typed) {
		// as the normalizer compares forms: "(Sato)" and "Kim," are the one word they hold
		String form = typed == null ? null : ENDS.matcher(typed).replaceAll("");
		if (form == null || form.length() < MIN_LENGTH) {
			return Named.NONE;
		}
		// one word in Latin letters ("Kim", "Sato") is a surname an article shortened a name to, not a name
		List<Long> people = SINGLE_LATIN_WORD.matcher(form).matches() ? List.of() : ids(Person.class, form);
		List<Long> organizations = ids(Organization.class, form);
		return people.size() + organizations.size() > MAX ? Named.NONE : new Named(people, organizations);
	}

	/**
	 * Whether a whole query is only words, without operators, so that it may be taken as one name as well as words
	 * ({@code Japan External Trade Organization} typed without quotes); with operators it is not one name.
	 */
	static boolean plain(String query) {
		return query != null && !OPERATORS.matcher(query).find();
	}

	/**
	 * The whole query as one name, if it can be one: plain words, or one quoted phrase; null otherwise. For a search
	 * that takes the words as one query string (Elasticsearch), where its words and phrases cannot be looked up one
	 * by one.
	 */
	static String asOneName(String query) {
		if (query == null) {
			return null;
		}
		String q = query.strip();
		if (q.length() > 2 && q.startsWith("\"") && q.endsWith("\"")) {
			q = q.substring(1, q.length() - 1);
		}
		return plain(q) ? q : null;
	}

	private List<Long> ids(Class<?> type, String form) {
		return Search.session(em)
			.search(type)
			.select(f -> f.id(Long.class))
			.where(f -> f.or(f.match().field("nameForm").matching(form), f.match().field("aliasForm").matching(form)))
			.fetchHits(MAX + 1); // more than MAX in all, whichever kind: names no one (see of)
	}

}
