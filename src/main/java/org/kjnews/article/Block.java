package org.kjnews.article;

/**
 * One piece of an article's body in reading order. A paragraph or heading has {@code text}; an image has an
 * {@code imageUrl} (null when the page lost the picture but kept its caption), a caption and a credit.
 */
public record Block(BlockType type, String text, String imageUrl, String caption, String credit) {

	public static Block paragraph(String text) {
		return new Block(BlockType.PARAGRAPH, text, null, null, null);
	}

	public static Block heading(String text) {
		return new Block(BlockType.HEADING, text, null, null, null);
	}

	public static Block image(String imageUrl, String caption, String credit) {
		return new Block(BlockType.IMAGE, null, imageUrl, caption, credit);
	}

}
