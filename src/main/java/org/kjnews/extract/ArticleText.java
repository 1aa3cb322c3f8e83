package org.kjnews.extract;

import java.util.List;

/**
 * The text of one article as extraction sees it.
 *
 * @param title the headline (may be one derived from the lead)
 * @param blocks the body in reading order: paragraph or heading text, or an image's caption ("" when it has
 *     none); index i is block i of the article, so mentions can be placed back into the page
 * @param byline the writer's name, or null
 * @param credits photo credits as written ("AP", "Reuters", "NEWS1"), which name media organizations
 * @param source the publication, or null
 * @param published when the article was published (possibly unknown), for "as of" and relative dates
 */
public record ArticleText(String title, List<String> blocks, String byline, List<String> credits, String source,
		PartialDate published) {

	public ArticleText {
		blocks = List.copyOf(blocks);
		credits = List.copyOf(credits);
		published = published == null ? PartialDate.UNKNOWN : published;
	}

}
