package org.kjnews.article;

/** Which file a stored article came from, and the hash of the content it was read from. */
public record StoredFile(String sourceFile, String contentHash) {
}
