package org.kjnews.meeting;

/** A person taking part in a meeting, with the country that tells their side. */
public record PartyRef(String slug, String name, String country) {
}
