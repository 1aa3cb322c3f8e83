package org.kjnews.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import static org.kjnews.system.Evidence.fit;

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
		this.text = fit(block.text(), 1_000_000);
		this.imageUrl = block.imageUrl() != null && block.imageUrl().length() <= 2000 ? block.imageUrl() : null;
		this.caption = fit(block.caption(), 4000);
		this.credit = fit(block.credit(), 255);
	}

	Block toBlock() {
		return new Block(type, text, imageUrl, caption, credit);
	}

}
