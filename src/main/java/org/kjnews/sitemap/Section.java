package org.kjnews.sitemap;

import java.util.Locale;
import java.util.Optional;

/** A kind of page the sitemap lists; its name, lower case, is in the address of its part of the sitemap. */
enum Section {

	LISTS, ARTICLES, PEOPLE, ORGANIZATIONS, MEETINGS, SERIES;

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<Section> of(String key) {
		for (Section section : values()) {
			if (section.key().equals(key)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

}
