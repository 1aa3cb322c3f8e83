package org.kjnews.extract;

/**
 * Finds the people and organizations an article names, resolves the forms of each name within the article
 * (a later "Chey" is the "Chey Tae-won" introduced before), and gives each a key that is equal across articles for
 * the same entity. Plain Java, no Spring or JPA; thread-safe once built.
 */
public final class Extractor {

	private final Knowledge knowledge;

	public Extractor(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	public Extraction extract(ArticleText article) {
		return Extraction.EMPTY; // TODO: the extraction proper
	}

}
