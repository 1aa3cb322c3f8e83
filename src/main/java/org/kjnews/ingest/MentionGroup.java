package org.kjnews.ingest;

import org.kjnews.article.MentionPlaces;
import org.kjnews.extract.Mention;

/**
 * The mentions of one person or organization in one article, gathered for their single row: every place, and the
 * one shown with its sentence: the first in the body, where a sentence says something of them, else the title.
 */
final class MentionGroup {

	private final MentionPlaces places = new MentionPlaces();

	private Mention shown;

	void add(Mention mention) {
		places.add(mention.block(), mention.start(), mention.end());
		if (shown == null || shows(mention, shown)) {
			shown = mention;
		}
	}

	Mention shown() {
		return shown;
	}

	MentionPlaces places() {
		return places;
	}

	/** Whether {@code a} is better shown than {@code b}: the body over the title over the byline, then earlier. */
	private static boolean shows(Mention a, Mention b) {
		if (rank(a) != rank(b)) {
			return rank(a) < rank(b);
		}
		return a.block() < b.block() || a.block() == b.block() && a.start() < b.start();
	}

	private static int rank(Mention mention) {
		return mention.block() >= 0 ? 0 : mention.block() == -1 ? 1 : 2;
	}

}
