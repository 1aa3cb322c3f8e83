package org.kjnews.extract;

/** What sort of organization; DESIGN.md fixes these names for the API. */
public enum OrganizationKind {
	CHAMBER, ASSOCIATION, COMPANY, GOVERNMENT, UNIVERSITY, RESEARCH, MEDIA, POLITICAL, OTHER
}
