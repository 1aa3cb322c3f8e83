package org.kjnews.article;

import java.util.List;

/**
 * The meetings a person or organization took part in. Implemented by the meeting feature, so that person and
 * organization pages can list them without depending on it (it depends on them).
 */
public interface MeetingsOf {

	List<MeetingLink> person(String slug);

	List<MeetingLink> organization(String slug);

}
