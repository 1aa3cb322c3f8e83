package org.kjnews.search;

/** One choice of a facet: its value in the URL, its label, how many articles it has, and whether it is chosen. */
public record FacetValue(String value, String label, long count, boolean active) {
}
