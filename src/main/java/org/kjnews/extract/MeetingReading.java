package org.kjnews.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article read sentence by sentence for meetings, with what the reading remembers: the series named last (for
 * "last year's meeting"), the last day named (for "that same day"), the last person named (for "he met"), the
 * business organizations named so far (for "talks between the two industry groups") and the meetings found.
 */
final class MeetingReading {

	/** Verbs of meeting between people: "met", "sat down with", "in front of", "paid a visit to". */
	private static final Pattern MEETING_VERB = Pattern.compile("\\b(?:met|meets|meet|sat\\s+down\\s+with|sits\\s+down\\s+with|"
			+ "in\\s+front\\s+of|called\\s+on|calls\\s+on|hosted|held\\s+talks\\s+with|"
			+ "holds\\s+talks\\s+with|shook\\s+hands\\s+with|shake\\s+hands\\s+with|shakes\\s+hands\\s+with)\\b");

	/** Words one of which stands in any sentence {@link #MEETING_VERB} matches. */
	private static final String[] VERB_WORDS = { "met", "meet", "sat", "sits", "front", "call", "hosted", "talks",
			"hands" };

	/** Words one of which stands in any sentence {@link #GATHERED} matches. */
	private static final String[] GATHERED_WORDS = { "attended", "took", "participated", "gathered", "convened",
			"held" };

	/** Before a verb of meeting: it is only wished for, or is to come. */
	private static final Pattern VERB_MODAL = Pattern.compile("\\b(hopes?|hoped|hoping|wants?|wanted|could|might|may|would|"
			+ "should|proposed|offered|agreed|invited|seeks?|seeking|sought|wish(?:es|ed)?|unable|refused|declined|"
			+ "will|plans?|planned|expected|scheduled|set|to|likely)\\s+(?:\\w+\\s+)?$");

	private static final Pattern WILL_LIKE = Pattern.compile("^(will|plans?|planned|expected|scheduled|set|to)$");

	/** "he met", "she sat down with": the subject is the person named last. */
	private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

	/** Verbs of a gathering without a meeting noun: "17 representatives attended". */
	private static final Pattern GATHERED = Pattern
		.compile("\\b(?:attended|took\\s+part|participated|gathered|convened|were\\s+held|was\\s+held|took\\s+place)\\b");

	/** "seminars such as the ...": examples of a kind, not one event. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern SUCH_AS = Pattern.compile("^\\s*(?:such\\s+as|like|including)\\b");

	/** A date this far from a meeting phrase belongs to something else in a long sentence. */
	private static final int MAX_CHARS_TO_DATE_AFTER = 150;

	private static final int MAX_CHARS_TO_DATE_BEFORE = 100;

	private static final int MAX_BLOCKS_FROM_SERIES = 1;

	private static final int MAX_BLOCKS_TO_ATTENDANCE = 6;

	private final ArticleText article;

	private final MeetingPhrases phrases;

	private final MeetingPlaces places;

	private final MeetingLexicon lexicon = MeetingLexicon.builtIn();

	private final Map<MeetingExtractor.SentenceKey, List<Mention>> mentions;

	private final Map<String, ExtractedPerson> people = new HashMap<>();

	private final Map<String, ExtractedOrganization> organizations = new HashMap<>();

	private final List<MeetingDraft> drafts = new ArrayList<>();

	private final Set<String> businessOrganizations = new LinkedHashSet<>();

	private String lastSeries;

	/** The series named last before the sentence being read (a sentence may name one only as an example). */
	private String seriesBefore;

	private int seriesBeforeBlock = -100;

	private String lastSeriesNoun;

	private int lastSeriesBlock = -100;

	private PartialDate anchor;

	private String lastPerson;

	private MeetingDraft lastDraft;

	MeetingReading(ArticleText article, Extraction entities, Knowledge knowledge, MeetingPhrases phrases,
			MeetingPlaces places) {
		this.article = article;
		this.phrases = phrases;
		this.places = places;
		this.mentions = MeetingExtractor.bySentence(entities);
		entities.people().forEach(p -> people.put(p.key(), p));
		entities.organizations().forEach(o -> organizations.put(o.key(), o));
	}

	List<MeetingDraft> drafts() {
		return drafts;
	}

	/**
	 * Reads one sentence.
	 *
	 * @param offset where the sentence starts in its block: mentions count offsets from the block's start
	 */
	void sentence(int block, String s, int offset) {
		List<Mention> ms = new ArrayList<>();
		for (Mention m : mentions.getOrDefault(new MeetingExtractor.SentenceKey(block, s), List.of())) {
			ms.add(new Mention(m.type(), m.key(), m.surface(), m.block(), m.start() - offset, m.end() - offset,
					m.sentence()));
		}
		ms.sort(Comparator.comparingInt(Mention::start));
		seriesBefore = lastSeries;
		seriesBeforeBlock = lastSeriesBlock;
		// Without a date word the dates are none whatever the tense, so the tense is not read.
		List<RelativeDates.Found> dates = RelativeDates.find(s, article.published(), () -> MeetingCues.future(s), anchor);
		boolean found = false;
		for (MeetingPhrases.Phrase p : phrases.find(s)) {
			found |= phrase(block, s, p, dates, ms);
		}
		if (!found) {
			found = verb(block, s, dates, ms);
		}
		if (!found) {
			found = gathering(block, s, dates, ms);
		}
		if (!found && attendanceMayAdd(block, ms) && MeetingCues.attendance(s)) {
			attendance(block, ms);
		}
		remember(block, dates, ms);
	}

	private void remember(int block, List<RelativeDates.Found> dates, List<Mention> ms) {
		for (RelativeDates.Found f : dates) {
			if (f.date().precision() == DatePrecision.DAY) {
				anchor = f.date();
			}
		}
		for (Mention m : ms) {
			if (m.type() == EntityType.PERSON) {
				lastPerson = m.key();
			}
			else if (block >= 0) {
				ExtractedOrganization o = organizations.get(m.key());
				if (o != null && (o.kind() == OrganizationKind.CHAMBER || o.kind() == OrganizationKind.ASSOCIATION)) {
					businessOrganizations.add(o.key());
				}
			}
		}
	}

	/** A meeting phrase: a new meeting, a new report of one already found, or nothing (a habit, a wish). */
	private boolean phrase(int block, String s, MeetingPhrases.Phrase p, List<RelativeDates.Found> dates,
			List<Mention> ms) {
		if (MeetingCues.setting(s, p.start())) {
			return false;
		}
		MeetingLexicon.Noun noun = lexicon.noun(p.noun());
		String series = null;
		boolean named = !p.bare() && (p.ordinal() != null || p.capitalized() || (noun.series() && p.whoMeets()));
		RelativeDates.Found possessive = possessive(s, p, dates);
		if (named) {
			series = MeetingSeries.display(seriesWords(p.nameWords()) + " " + noun.singular());
			if (!p.capitalized() && lastSeries != null && !series.equalsIgnoreCase(lastSeries)
					&& MeetingSeries.isPartOf(series, lastSeries)) {
				series = lastSeries; // "ministers' meeting" after "Korea-Japan battery industry ministers' meeting"
			}
			lastSeries = series;
			lastSeriesNoun = noun.singular();
			lastSeriesBlock = block;
		}
		else if (p.bare() && (p.definite() || possessive != null || p.ordinal() != null) && lastSeries != null
				&& noun.singular().equals(lastSeriesNoun)) {
			series = lastSeries; // "last year's meeting", "the 15th meeting": the series named last
		}
		if (p.plural() && (p.generic() || dates.isEmpty() || SUCH_AS.matcher(s.substring(p.end())).lookingAt())) {
			return false; // "annual meetings are held", "seminars and working-level meetings"
		}
		if (MeetingCues.unreal(s, p.start(), p.end())) {
			return false;
		}
		RelativeDates.Found date = possessive != null ? possessive
				: nearest(dates, p.start(), p.end(), MAX_CHARS_TO_DATE_BEFORE);
		if (date != null && date.since()) {
			return false; // "Since 1995, the two associations have held ...": a habit since then
		}
		boolean event = MeetingCues.event(s, p.start(), p.end());
		if (date == null && p.ordinal() == null && !event) {
			return false;
		}
		if (date == null && p.ordinal() == null && p.definite() && lastDraft != null
				&& (series == null || series.equals(lastDraft.series))) {
			addPeople(lastDraft, ms, s, p.start()); // "held alongside the meeting": the one just reported
			return true;
		}
		if (p.generic() && date == null) {
			return false;
		}
		MeetingDraft d = new MeetingDraft();
		d.series = series;
		d.seriesKey = series != null ? MeetingSeries.key(series) : null;
		d.ordinal = p.ordinal();
		d.name = name(p, series);
		boolean future = MeetingCues.future(window(s, p.start(), p.end()));
		if (!dated(d, date, future) && (future || d.status == MeetingStatus.SCHEDULED) && series == null) {
			return false; // "will hold a meeting": nothing to place on a timeline
		}
		d.location = places.find(s, p.start());
		addPeople(d, ms, s, p.start());
		addOrganizations(d, ms);
		if (d.organizations.isEmpty() && d.seriesKey == null && MeetingCues.communities(p.suffix() + " " + s)) {
			d.organizations.addAll(businessOrganizations);
		}
		if (d.organizations.isEmpty() && d.seriesKey != null) {
			for (MeetingDraft o : drafts) {
				if (d.seriesKey.equals(o.seriesKey)) {
					d.organizations.addAll(o.organizations); // a series meets between the same organizations
				}
			}
		}
		d.sentence = s;
		d.block = block;
		add(d);
		return true;
	}

	/** A verb of meeting between people: "In March, he met then-Trade Minister Sato Kenji". */
	private boolean verb(int block, String s, List<RelativeDates.Found> dates, List<Mention> ms) {
		if (ms.isEmpty() || !MeetingCues.containsAny(s, VERB_WORDS)) {
			return false; // a verb of meeting needs someone named after it
		}
		Matcher m = MEETING_VERB.matcher(s);
		while (m.find()) {
			boolean objectFound = false;
			for (Mention x : ms) {
				if (x.start() >= m.end() && x.start() <= m.end() + 70
						&& (x.type() == EntityType.PERSON || m.group().startsWith("met"))) {
					objectFound = true;
					break;
				}
			}
			if (!objectFound || (m.group().equals("hosted") && !closeObject(s, m.end(), ms))) {
				continue;
			}
			boolean future = false;
			Matcher modal = VERB_MODAL.matcher(MeetingCues.clauseBefore(s, m.start(), 40));
			if (modal.find()) {
				if (!WILL_LIKE.matcher(modal.group(1)).matches()) {
					continue;
				}
				future = true;
			}
			MeetingDraft d = new MeetingDraft();
			addPeople(d, ms, s, m.start());
			if (d.participants.size() < 2) {
				addOrganizations(d, ms);
				if (d.participants.isEmpty() || d.participants.size() + d.organizations.size() < 2) {
					continue;
				}
			}
			RelativeDates.Found date = nearest(dates, m.start(), m.end(), Integer.MAX_VALUE);
			if (date != null && date.since()) {
				continue;
			}
			if (!dated(d, date, future || MeetingCues.future(window(s, m.start(), m.end()))) && future) {
				continue;
			}
			addOrganizations(d, ms);
			d.name = verbName(d, m.group());
			d.location = places.find(s, 0);
			d.sentence = s;
			d.block = block;
			add(d);
			return true;
		}
		return false;
	}

	/** "Most recently, in March last year in Busan, 23 delegates ... attended": the series just named. */
	private boolean gathering(int block, String s, List<RelativeDates.Found> dates, List<Mention> ms) {
		if (seriesBefore == null || block - seriesBeforeBlock > MAX_BLOCKS_FROM_SERIES
				|| !MeetingCues.containsAny(s, GATHERED_WORDS) || !GATHERED.matcher(s).find()) {
			return false;
		}
		RelativeDates.Found date = dates.isEmpty() ? null : dates.get(0);
		if (date == null || date.since() || MeetingCues.unreal(s, 0, 0)) {
			return false;
		}
		MeetingDraft d = new MeetingDraft();
		d.series = seriesBefore;
		d.seriesKey = MeetingSeries.key(seriesBefore);
		d.name = seriesBefore;
		dated(d, date, MeetingCues.future(s));
		d.location = places.find(s, 0);
		addPeople(d, ms, s, 0);
		addOrganizations(d, ms);
		d.sentence = s;
		d.block = block;
		add(d);
		return true;
	}

	/** Whether {@link #attendance} could add anyone: a held meeting just before, a person in the sentence. */
	private boolean attendanceMayAdd(int block, List<Mention> ms) {
		if (lastDraft == null || lastDraft.status != MeetingStatus.HELD
				|| block - lastDraft.block > MAX_BLOCKS_TO_ATTENDANCE) {
			return false;
		}
		for (Mention m : ms) {
			if (m.type() == EntityType.PERSON) {
				return true;
			}
		}
		return false;
	}

	/** People said to have attended, moderated or spoken: of the meeting reported just before. */
	private void attendance(int block, List<Mention> ms) {
		if (lastDraft == null || lastDraft.status != MeetingStatus.HELD
				|| block - lastDraft.block > MAX_BLOCKS_TO_ATTENDANCE) {
			return;
		}
		for (Mention m : ms) {
			if (m.type() == EntityType.PERSON) {
				lastDraft.participants.add(m.key());
			}
		}
	}

	/** "hosted Japanese Trade Minister Sato": the guest follows the verb closely, with no list between. */
	private static boolean closeObject(String s, int verbEnd, List<Mention> ms) {
		for (Mention x : ms) {
			if (x.type() == EntityType.PERSON && x.start() >= verbEnd && x.start() - verbEnd <= 45
					&& s.substring(verbEnd, x.start()).indexOf(',') < 0) {
				return true;
			}
		}
		return false;
	}

	/** Sets the date and status; false when no date was found (a held meeting then gets the article's month). */
	private boolean dated(MeetingDraft d, RelativeDates.Found date, boolean future) {
		PartialDate published = article.published();
		if (date != null) {
			d.date = date.date();
			d.endDate = date.endDate();
			d.status = future || after(d.date, published) ? MeetingStatus.SCHEDULED : MeetingStatus.HELD;
			return true;
		}
		d.status = future ? MeetingStatus.SCHEDULED : MeetingStatus.HELD;
		if (!future && published.isKnown() && published.precision() != DatePrecision.YEAR) {
			LocalDate p = published.start();
			d.date = PartialDate.ofMonth(p.getYear(), p.getMonthValue(), DateBasis.INFERRED,
					Note.of("meetingMonthOfArticle"));
		}
		return false;
	}

	/** Whether a date lies wholly after the publication date. */
	private static boolean after(PartialDate date, PartialDate published) {
		if (!published.isKnown() || !date.isKnown()) {
			return false;
		}
		if (MeetingDraft.compatible(date, published)) {
			return false;
		}
		return date.start().isAfter(published.start());
	}

	/** "last year's meeting": the possessive date just before the phrase. */
	private static RelativeDates.Found possessive(String s, MeetingPhrases.Phrase p, List<RelativeDates.Found> dates) {
		for (RelativeDates.Found f : dates) {
			if (f.possessive() && f.end() <= p.start() && s.substring(f.end(), p.start()).isBlank()) {
				return f;
			}
		}
		return null;
	}

	/** The date of a phrase: the first after it, else the last before it (not a possessive of another noun). */
	private static RelativeDates.Found nearest(List<RelativeDates.Found> dates, int start, int end, int maxBefore) {
		for (RelativeDates.Found f : dates) {
			if (f.start() >= end && !f.possessive() && f.start() - end <= MAX_CHARS_TO_DATE_AFTER) {
				return f;
			}
		}
		RelativeDates.Found before = null;
		for (RelativeDates.Found f : dates) {
			if (f.end() <= start && !f.possessive() && start - f.end() <= maxBefore) {
				before = f;
			}
		}
		return before;
	}

	private static String window(String s, int start, int end) {
		return MeetingCues.clauseBefore(s, start, 60) + s.substring(start, Math.min(s.length(), end + 80));
	}

	/** The people of the sentence; "he"/"she" before the meeting is the person named last. */
	private void addPeople(MeetingDraft d, List<Mention> ms, String s, int at) {
		String before = MeetingCues.clauseBefore(s, at, 40);
		boolean pronoun = PRONOUN.matcher(before).find();
		if (pronoun && lastPerson != null) {
			d.participants.add(lastPerson);
		}
		for (Mention m : ms) {
			if (m.type() == EntityType.PERSON) {
				d.participants.add(m.key());
			}
		}
	}

	/** The organizations of the sentence, but not the press that reports it. */
	private void addOrganizations(MeetingDraft d, List<Mention> ms) {
		for (Mention m : ms) {
			ExtractedOrganization o = organizations.get(m.key());
			if (m.type() == EntityType.ORGANIZATION && o != null && o.kind() != OrganizationKind.MEDIA) {
				d.organizations.add(m.key());
			}
		}
	}

	/** Adds a meeting, or folds it into the same meeting reported earlier in the article. */
	private void add(MeetingDraft d) {
		for (int k = drafts.size() - 1; k >= 0; k--) {
			MeetingDraft o = drafts.get(k);
			if (o.sameAs(d)) {
				o.absorb(d);
				lastDraft = o;
				return;
			}
		}
		drafts.add(d);
		lastDraft = d;
	}

	/** The series words without the descriptive ones ("annual", "recent"). */
	private String seriesWords(String nameWords) {
		StringBuilder b = new StringBuilder();
		for (String w : SPACES.split(nameWords)) {
			if (Boolean.FALSE.equals(lexicon.modifier(w))) {
				continue;
			}
			b.append(b.length() == 0 ? "" : " ").append(w);
		}
		return b.toString();
	}

	private String name(MeetingPhrases.Phrase p, String series) {
		if (series != null) {
			return p.ordinal() != null ? ordinal(p.ordinal()) + " " + series : series;
		}
		String words = seriesWords(p.nameWords());
		String base = (words + " " + lexicon.noun(p.noun()).singular()).strip();
		if (words.isEmpty() && !p.suffix().isEmpty()) {
			base = base + " " + p.suffix();
		}
		if (p.ordinal() != null) {
			base = ordinal(p.ordinal()) + " " + base;
		}
		return Character.toUpperCase(base.charAt(0)) + base.substring(1);
	}

	private String verbName(MeetingDraft d, String verb) {
		List<String> names = new ArrayList<>();
		for (String k : d.participants) {
			ExtractedPerson p = people.get(k);
			names.add(p != null ? p.name() : k);
		}
		for (String k : d.organizations) {
			if (names.size() >= 2) {
				break;
			}
			ExtractedOrganization o = organizations.get(k);
			names.add(o != null ? o.name() : k);
		}
		if (names.size() == 1) {
			return "Meeting of " + names.get(0);
		}
		return names.get(0) + " meets " + String.join(" and ", names.subList(1, names.size()));
	}

	static String ordinal(int n) {
		int mod100 = n % 100;
		String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
				: switch (n % 10) {
					case 1 -> "st";
					case 2 -> "nd";
					case 3 -> "rd";
					default -> "th";
				};
		return n + suffix;
	}

}
