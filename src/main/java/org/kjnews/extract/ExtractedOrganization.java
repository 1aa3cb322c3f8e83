package org.kjnews.extract;

import java.util.Set;

/**
 * An organization named in one article.
 *
 * @param key the identity of this organization across articles: equal keys mean the same organization (an
 *     acronym, a former name and a known alias of one organization all give the same key)
 * @param name the canonical name ("Korea Enterprises Federation", not "Korea Employers Federation")
 * @param variants every form seen in this article plus the acronyms and former names it is known by
 * @param country ISO code when the text or knowledge supports it, else null
 * @param kind what sort of organization, or null when nothing tells
 */
public record ExtractedOrganization(String key, String name, Set<String> variants, String country,
		OrganizationKind kind) {
}
