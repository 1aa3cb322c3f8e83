package org.kjnews.extract;

/**
 * One place where an entity is named.
 *
 * @param type person or organization
 * @param key the article-local key of the entity it resolves to ({@link ExtractedPerson#key()} or
 *     {@link ExtractedOrganization#key()})
 * @param surface the words as written ("Park", "President Moon" gives "Moon", "KOTRA")
 * @param block the block index in {@link ArticleText#blocks()}, or -1 for the title, or -2 for the byline and
 *     credits and source (not in the body)
 * @param start offset of the first character in that block's text
 * @param end offset after the last character
 * @param sentence the whole sentence the mention stands in (the evidence)
 */
public record Mention(EntityType type, String key, String surface, int block, int start, int end, String sentence) {
}
