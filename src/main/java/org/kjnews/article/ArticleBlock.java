package org.kjnews.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A {@link Block} as stored with its article. */
@Embeddable
class ArticleBlock {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false)
	private BlockType type;

	@Column(name = "content", length = 1_000_000)
	private String text;

	private String imageUrl;

	@Column(length = 4000)
	private String caption;

	private String credit;

	protected ArticleBlock() {
	}

	ArticleBlock(Block block) {
		this.type = block.type();
		this.text = block.text();
		this.imageUrl = block.imageUrl();
		this.caption = block.caption();
		this.credit = block.credit();
	}

	Block toBlock() {
		return new Block(type, text, imageUrl, caption, credit);
	}

}
