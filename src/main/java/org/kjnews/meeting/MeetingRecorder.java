package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.kjnews.article.Article;
import org.kjnews.extract.DateBasis;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.extract.PartialDate;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.kjnews.system.SlugPool;
import org.kjnews.system.Slugs;
import org.kjnews.system.IndexedStatements;
import org.kjnews.system.Touched;
import org.springframework.stereotype.Component;

/**
 * Records the meetings one article reports, inside that article's transaction: its old reports go, and each
 * meeting it reports joins the meeting already known (see {@link SameMeeting}) or becomes a new one.
 * <p>
 * During a run of the loader, what deciding that takes (every meeting's series, session and date, the series and
 * slugs taken, and the parties of the meetings touched) is kept in memory, so that storing an article asks the
 * database nothing; the loader calls {@link #forget()} after the run and whenever a transaction rolls back.
 */
@Component
public class MeetingRecorder {

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	private final MeetingSourceRepository sources;

	private final EntityManager entityManager;

	private final IndexedStatements indexed;

	/** What is kept for the current run; null until the first article of a run needs it. */
	private Known known;

	/** Meetings that lost a report since the last {@link #tidy()}: the only ones that may have none left. */
	private final Touched unreported = new Touched();

	MeetingRecorder(MeetingRepository meetings, MeetingSeriesRepository series, MeetingSourceRepository sources,
			EntityManager entityManager, IndexedStatements indexed) {
		this.indexed = indexed;
		this.meetings = meetings;
		this.series = series;
		this.sources = sources;
		this.entityManager = entityManager;
	}

	/**
	 * @param personIds every known person's id by match key (for parties named in the report but not found as
	 * people of this article)
	 * @param organizationIds the same for organizations
	 */
	public void record(Article article, boolean isNew, List<ExtractedMeeting> found, Map<String, Person> people,
			Map<String, Organization> organizations, Map<String, Long> personIds, Map<String, Long> organizationIds) {
		Known known = known();
		if (!isNew) {
			// the parties of these meetings are read again from the database when next needed (the caller has
			// flushed what this transaction wrote before)
			List<Long> reported = sources.meetingsReportedBy(article);
			reported.forEach(known.parties::remove);
			unreported.addAll(reported);
			sources.deleteByArticle(article);
		}
		// An article's reports are matched against the meetings as stored before it, plus the ones it creates: what
		// its reports add to a known meeting (a session number, a date, parties) counts from the next article on,
		// as it did when each article was flushed to the database before the next was read.
		List<Runnable> afterArticle = new ArrayList<>();
		for (ExtractedMeeting report : found) {
			Long seriesId = report.seriesKey() == null ? null : seriesId(known, report);
			MeetingSeries reportSeries = seriesId == null ? null
					: entityManager.getReference(MeetingSeries.class, seriesId);
			Info same = findSame(known, report, seriesId, personIds, organizationIds);
			Meeting meeting;
			if (same == null) {
				String base = report.date().isKnown() ? report.name() + " " + report.date().iso() : report.name();
				meeting = new Meeting(known.meetingSlugs.take(Slugs.of(base)), report, reportSeries);
				entityManager.persist(meeting);
				known.add(new Info(meeting.getId(), seriesId, meeting.getOrdinal(), meeting.getDate()));
				known.parties.put(meeting.getId(), new Parties());
			}
			else {
				meeting = entityManager.find(Meeting.class, same.id);
				meeting.absorb(report, reportSeries);
				// what the checks read is current at once; the indexes that stand for the stored columns follow
				// after the article
				same.update(meeting);
				afterArticle.add(() -> known.index(same));
			}
			Set<Person> participants = pick(report.participantKeys(), people);
			Set<Organization> named = pick(report.organizationKeys(), organizations);
			entityManager.persist(new MeetingSource(meeting, article, report.sentence(), report.block(), participants,
					named));
			long meetingId = meeting.getId();
			afterArticle.add(() -> {
				Parties parties = parties(known, meetingId);
				participants.forEach(p -> parties.people.add(p.getId()));
				named.forEach(o -> parties.organizations.add(o.getId()));
			});
		}
		afterArticle.forEach(Runnable::run);
	}

	/** Drops what was kept: after a run, and when a transaction rolled back what it was told. */
	public void forget() {
		known = null;
	}

	/** Notes the meetings an article about to be deleted reports, for {@link #tidy()}. */
	public void removing(Article article) {
		unreported.addAll(sources.meetingsReportedBy(article));
	}

	/**
	 * Deletes the meetings no article reports any more, and series with no meeting left: among the meetings whose
	 * reports went since the last tidying only.
	 */
	public void tidy() {
		List<Long> gone = unreported.select(meetings::findUnreported, meetings::findUnreported);
		if (indexed.delete(Meeting.class, gone, meetings::deleteAllByIds) > 0) {
			series.deleteEmpty();
		}
	}

	/** After the tidying committed. */
	public void tidied() {
		unreported.clear();
	}

	private Known known() {
		if (known == null) {
			Known loaded = new Known();
			for (Object[] row : series.findKeys()) {
				Long id = (Long) row[0];
				loaded.seriesIds.put((String) row[1], id);
				loaded.seriesKeys.put(id, (String) row[1]);
				loaded.seriesSlugs.add((String) row[2]);
			}
			for (Object[] row : meetings.findMatchingFields()) {
				LocalDate start = (LocalDate) row[3];
				DatePrecision precision = (DatePrecision) row[4];
				loaded.add(new Info((Long) row[0], (Long) row[1], (Integer) row[2],
						new PartialDate(start, null, precision, (DateBasis) row[5], null)));
			}
			loaded.meetingSlugs = new SlugPool(meetings.findAllSlugs());
			known = loaded;
		}
		return known;
	}

	private Long seriesId(Known known, ExtractedMeeting report) {
		Long id = known.seriesIds.get(report.seriesKey());
		if (id == null) {
			MeetingSeries created = new MeetingSeries(known.seriesSlugs.take(Slugs.of(report.series())),
					report.seriesKey(), report.series());
			entityManager.persist(created);
			id = created.getId();
			known.seriesIds.put(report.seriesKey(), id);
			known.seriesKeys.put(id, created.getSeriesKey());
		}
		return id;
	}

	/**
	 * The meeting a report is of, in the order the database would list them (by id): the same session of the
	 * series; else a meeting of the series at an agreeing date (one of the two without a session number); else one
	 * on the same day, of no other series, with a party in common.
	 */
	private Info findSame(Known known, ExtractedMeeting report, Long seriesId, Map<String, Long> personIds,
			Map<String, Long> organizationIds) {
		if (seriesId != null && report.ordinal() != null) {
			Long session = known.sessions.get(new Session(seriesId, report.ordinal()));
			if (session != null) {
				return known.byId.get(session);
			}
		}
		if (seriesId != null) {
			for (Info m : known.bySeries.getOrDefault(seriesId, new TreeMap<>()).values()) {
				if ((m.ordinal == null || report.ordinal() == null) && SameMeeting.datesAgree(m.date, report.date())) {
					return m;
				}
			}
		}
		if (report.date().isKnown() && report.date().precision() == DatePrecision.DAY) {
			String seriesKey = report.seriesKey();
			for (Info m : known.byDay.getOrDefault(report.date().start(), new TreeMap<>()).values()) {
				if (SameMeeting.sameDayWithSharedParty(m.date, report.date(), known.seriesKeys.get(m.seriesId),
						seriesKey, () -> partiesAgree(known, m, report, personIds, organizationIds))) {
					return m;
				}
			}
		}
		return null;
	}

	/** A party in common, or no party named on one side. */
	private boolean partiesAgree(Known known, Info meeting, ExtractedMeeting report, Map<String, Long> personIds,
			Map<String, Long> organizationIds) {
		if (report.participantKeys().isEmpty() && report.organizationKeys().isEmpty()) {
			return true;
		}
		Parties parties = parties(known, meeting.id);
		if (report.participantKeys().stream().map(personIds::get).anyMatch(id -> id != null && parties.people.contains(id))) {
			return true;
		}
		if (report.organizationKeys().stream().map(organizationIds::get)
			.anyMatch(id -> id != null && parties.organizations.contains(id))) {
			return true;
		}
		return parties.people.isEmpty() && parties.organizations.isEmpty();
	}

	/** Who the reports of a meeting name, read from the database the first time a run needs them. */
	private Parties parties(Known known, long meetingId) {
		Parties parties = known.parties.get(meetingId);
		if (parties == null) {
			parties = new Parties();
			parties.people.addAll(meetings.participantIds(meetingId));
			parties.organizations.addAll(meetings.organizationIds(meetingId));
			known.parties.put(meetingId, parties);
		}
		return parties;
	}

	private static <T> Set<T> pick(List<String> keys, Map<String, T> byKey) {
		return keys.stream().map(byKey::get).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	/** What telling whether two reports are of one meeting looks at, for every meeting. */
	private static final class Info {

		private final long id;

		private Long seriesId;

		private Integer ordinal;

		private PartialDate date;

		Info(long id, Long seriesId, Integer ordinal, PartialDate date) {
			this.id = id;
			this.seriesId = seriesId;
			this.ordinal = ordinal;
			this.date = date;
		}

		/** Takes in what absorbing a report changed. */
		void update(Meeting meeting) {
			seriesId = meeting.getSeries() == null ? null : meeting.getSeries().getId();
			ordinal = meeting.getOrdinal();
			date = meeting.getDate();
		}

	}

	private record Session(long seriesId, int ordinal) {
	}

	/** The people and organizations the reports of one meeting name, by id. */
	private static final class Parties {

		private final Set<Long> people = new HashSet<>();

		private final Set<Long> organizations = new HashSet<>();

	}

	/** Everything kept for a run: the meetings indexed the three ways {@link #findSame} asks for them. */
	private static final class Known {

		private final Map<String, Long> seriesIds = new HashMap<>();

		private final Map<Long, String> seriesKeys = new HashMap<>();

		private final SlugPool seriesSlugs = new SlugPool(List.of());

		private SlugPool meetingSlugs;

		private final Map<Long, Info> byId = new HashMap<>();

		/** The first meeting (lowest id) of each session of a series. */
		private final Map<Session, Long> sessions = new HashMap<>();

		/** The meetings of each series, by id. */
		private final Map<Long, TreeMap<Long, Info>> bySeries = new HashMap<>();

		/** The meetings dated to a day, by day and id. */
		private final Map<LocalDate, TreeMap<Long, Info>> byDay = new HashMap<>();

		/** The parties of the meetings this run has touched. */
		private final Map<Long, Parties> parties = new HashMap<>();

		void add(Info info) {
			byId.put(info.id, info);
			index(info);
		}

		/**
		 * Indexes a meeting under its series, session and day; these only ever get added (absorbing a report gives a
		 * series, a session number or a finer date, never less), so a meeting is never removed from one.
		 */
		void index(Info info) {
			if (info.seriesId != null) {
				bySeries.computeIfAbsent(info.seriesId, s -> new TreeMap<>()).put(info.id, info);
				if (info.ordinal != null) {
					sessions.merge(new Session(info.seriesId, info.ordinal), info.id, Math::min);
				}
			}
			if (info.date.isKnown() && info.date.precision() == DatePrecision.DAY) {
				byDay.computeIfAbsent(info.date.start(), d -> new TreeMap<>()).put(info.id, info);
			}
		}

	}

}
