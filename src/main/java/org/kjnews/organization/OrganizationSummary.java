package org.kjnews.organization;

import org.kjnews.extract.OrganizationKind;

/** An organization as lists show it. */
public record OrganizationSummary(String slug, String name, String country, OrganizationKind kind, int mentionCount,
		int articleCount) {
}
