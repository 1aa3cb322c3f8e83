package org.kjnews.article;

import java.util.List;

/**
 * The meetings a person or organization took part in, or an article reports. Implemented by the meeting feature, so that person and
 * organization pages can list them without depending on it (it depends on them).
 */
public interface MeetingsOf {

	LatestMeetings person(String slug);

	LatestMeetings organization(String slug);

	/** The meetings an article reports, in timeline order. */
	List<MeetingLink> article(long articleId);

}
