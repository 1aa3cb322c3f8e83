package org.kjnews.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kjnews.extract.EntityType;

/** A run of a block's text, linked to an entity's page when it names one. */
public record Segment(String text, EntityType type, String slug) {

	public boolean linked() {
		return slug != null;
	}

	/**
	 * Cuts a block's text at its mentions. A mention overlapping an earlier one, out of range, or running into the
	 * ellipsis of a text cut to fit its column (the places were found in the whole text) is left plain rather than
	 * linking the wrong words.
	 */
	static List<Segment> of(String text, List<LinkedMention> mentions) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (LinkedMention m : mentions.stream().sorted(Comparator.comparingInt(LinkedMention::start)).toList()) {
			if (m.start() < at || m.end() > text.length() || m.start() >= m.end()
					|| text.substring(m.start(), m.end()).contains("…")) {
				continue;
			}
			if (m.start() > at) {
				segments.add(new Segment(text.substring(at, m.start()), null, null));
			}
			segments.add(new Segment(text.substring(m.start(), m.end()), m.type(), m.slug()));
			at = m.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null, null));
		}
		return segments;
	}

}
