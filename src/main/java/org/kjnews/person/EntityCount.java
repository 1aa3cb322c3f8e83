package org.kjnews.person;

/** A person or organization with a count: how many articles it shares with the one on the page. */
public record EntityCount(String slug, String name, long count) {
}
