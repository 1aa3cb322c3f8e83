package org.kjnews.article;

import org.kjnews.extract.EntityType;

/** Where in an article's text an entity is named, so the reader can link the words to its page. */
public record LinkedMention(EntityType type, String slug, String name, int block, int start, int end) {
}
