package org.kjnews.article;

import java.util.List;

/** The opening words of an article, for lists: its first paragraph, cut at a word near 280 characters. */
final class Lead {

	private static final int LENGTH = 280;

	private Lead() {
	}

	static String of(List<Block> blocks) {
		String first = blocks.stream()
			.filter(b -> b.type() == BlockType.PARAGRAPH)
			.map(Block::text)
			.findFirst()
			.orElse("");
		if (first.length() <= LENGTH) {
			return first;
		}
		int space = first.lastIndexOf(' ', LENGTH);
		return first.substring(0, space > 0 ? space : LENGTH) + "…";
	}

}
