package org.kjnews.article;

/** A reference to a person or an organization: enough to name it and link to it. */
public record EntityRef(String slug, String name) {
}
