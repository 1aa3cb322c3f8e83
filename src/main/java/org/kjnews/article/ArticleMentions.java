package org.kjnews.article;

import java.util.List;

/**
 * Who or what an article names, in text order. Implemented by the people and organizations features, so that the
 * article feature can show them without depending on theirs.
 */
public interface ArticleMentions {

	List<LinkedMention> in(long articleId);

}
