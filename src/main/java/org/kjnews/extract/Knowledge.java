package org.kjnews.extract;

/**
 * Facts about well-known entities that help resolution (aliases, acronyms, former names, countries, kinds), read
 * from a documented data file. It helps; it is not a list of answers.
 */
public final class Knowledge {

	/** The knowledge file shipped with the application ({@code /knowledge/entities.tsv} on the class path). */
	public static Knowledge builtIn() {
		return new Knowledge();
	}

}
