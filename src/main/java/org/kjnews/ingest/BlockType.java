package org.kjnews.ingest;

public enum BlockType {
	PARAGRAPH, HEADING, IMAGE
}
