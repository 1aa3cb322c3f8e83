package org.kjnews.extract;

import java.util.List;

/**
 * Finds the meetings an article reports, with their series, date (resolved against the article's date),
 * place, status and participants. Works on what {@link Extractor} found, so participants are the people and
 * organizations it resolved. Plain Java, thread-safe.
 */
public final class MeetingExtractor {

	public List<ExtractedMeeting> extract(ArticleText article, Extraction entities) {
		return List.of(); // TODO: the extraction proper
	}

}
