package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the meetings an article reports, with their series, date (resolved against the article's date),
 * place, status and participants. Works on what {@link Extractor} found, so participants are the people and
 * organizations it resolved. Plain Java, thread-safe.
 *
 * <p>Three kinds of report are read: a meeting phrase ("held the 3rd Korea-Japan battery industry
 * ministers' meeting on the 12th"), a verb of meeting between people ("met then-Trade Minister Sato
 * Kenji", "paid a courtesy call on"), and a sentence that says people attended, with a date, right after a
 * series was named ("Most recently, in March last year in Busan, 23 delegates attended"). Later
 * mentions of a meeting already found ("last month's forum", "this year's ministers' meeting") add to
 * it instead of making a second one.
 */
public final class MeetingExtractor {

	private final Knowledge knowledge;

	private final MeetingPhrases phrases;

	private final MeetingPlaces places;

	public MeetingExtractor() {
		this(Knowledge.builtIn());
	}

	public MeetingExtractor(Knowledge knowledge) {
		MeetingLexicon lexicon = MeetingLexicon.builtIn();
		this.knowledge = knowledge;
		this.phrases = new MeetingPhrases(lexicon);
		this.places = new MeetingPlaces(knowledge, lexicon);
	}

	public List<ExtractedMeeting> extract(ArticleText article, Extraction entities) {
		MeetingReading reading = new MeetingReading(article, entities, knowledge, phrases, places);
		for (int b = 0; b < article.blocks().size(); b++) {
			String text = article.blocks().get(b);
			if (text == null || text.isBlank()) {
				continue;
			}
			for (int[] s : Sentences.of(text)) {
				reading.sentence(b, text.substring(s[0], s[1]), s[0]);
			}
		}
		List<ExtractedMeeting> out = new ArrayList<>();
		for (MeetingDraft d : reading.drafts()) {
			out.add(d.build());
		}
		return out;
	}

	/** The mentions of an extraction by the sentence they stand in. */
	static Map<SentenceKey, List<Mention>> bySentence(Extraction entities) {
		Map<SentenceKey, List<Mention>> out = new HashMap<>();
		for (Mention m : entities.mentions()) {
			out.computeIfAbsent(new SentenceKey(m.block(), m.sentence()), k -> new ArrayList<>()).add(m);
		}
		return out;
	}

	/** A sentence by its block and its text (equal texts in one block share their mentions). */
	record SentenceKey(int block, String sentence) {
	}

}
