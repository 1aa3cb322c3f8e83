package org.kjnews.article;

import java.util.List;

/** A block of the article with its text (or caption) cut into plain and linked segments. */
public record ReaderBlock(Block block, List<Segment> segments) {
}
