package org.kjnews.extract;

import java.util.List;

/** Everything extraction found in one article. */
public record Extraction(List<ExtractedPerson> people, List<ExtractedOrganization> organizations,
		List<Mention> mentions, List<ExtractedRole> roles) {

	public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of(), List.of());

}
