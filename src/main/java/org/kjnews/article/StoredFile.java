package org.kjnews.article;

/** Which file a stored article came from, the hash of the content it was read from, and the file's stamp then. */
public record StoredFile(String sourceFile, String contentHash, String fileStamp) {
}
