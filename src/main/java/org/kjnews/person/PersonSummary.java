package org.kjnews.person;

/** A person as lists show it. */
public record PersonSummary(String slug, String name, String country, int mentionCount, int articleCount) {
}
