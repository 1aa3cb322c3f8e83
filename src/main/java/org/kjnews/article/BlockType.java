package org.kjnews.article;

public enum BlockType {
	PARAGRAPH, HEADING, IMAGE
}
