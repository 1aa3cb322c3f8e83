package org.kjnews.extract;

import java.util.Set;

/**
 * A person named in one article.
 *
 * @param key the identity of this person across articles: equal keys mean the same person (see
 *     {@link NameKeys#person(String)}); also the article-local key of mentions and roles
 * @param name the fullest form of the name in this article, without titles ("Park Ji-won")
 * @param variants every form seen in this article, including {@code name} ("Park Ji-won", "Park")
 * @param country ISO code such as KR, JP, US when the text or knowledge supports it, else null
 */
public record ExtractedPerson(String key, String name, Set<String> variants, String country) {
}
