package org.kjnews.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kjnews.article.Article;
import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.organization.Organization;
import org.kjnews.person.Person;
import org.kjnews.system.Slugs;
import org.springframework.stereotype.Component;

/**
 * Records the meetings one article reports, inside that article's transaction: its old reports go, and each
 * meeting it reports joins the meeting already known (see {@link SameMeeting}) or becomes a new one.
 */
@Component
public class MeetingRecorder {

	private final MeetingRepository meetings;

	private final MeetingSeriesRepository series;

	private final MeetingSourceRepository sources;

	MeetingRecorder(MeetingRepository meetings, MeetingSeriesRepository series, MeetingSourceRepository sources) {
		this.meetings = meetings;
		this.series = series;
		this.sources = sources;
	}

	public void record(Article article, List<ExtractedMeeting> found, Map<String, Person> people,
			Map<String, Organization> organizations) {
		sources.deleteByArticle(article);
		for (ExtractedMeeting report : found) {
			MeetingSeries reportSeries = report.seriesKey() == null ? null : series.findBySeriesKey(report.seriesKey())
				.orElseGet(() -> series.save(new MeetingSeries(Slugs.unique(Slugs.of(report.series()), series::existsBySlug),
						report.seriesKey(), report.series())));
			Set<String> parties = new HashSet<>(report.participantKeys());
			parties.addAll(report.organizationKeys());
			Meeting meeting = findSame(report, reportSeries, parties).orElse(null);
			if (meeting == null) {
				String base = report.date().isKnown() ? report.name() + " " + report.date().iso() : report.name();
				meeting = meetings.save(new Meeting(Slugs.unique(Slugs.of(base), meetings::existsBySlug), report, reportSeries));
			}
			else {
				meeting.absorb(report, reportSeries);
			}
			sources.save(new MeetingSource(meeting, article, report.sentence(), report.block(),
					pick(report.participantKeys(), people), pick(report.organizationKeys(), organizations)));
		}
	}

	/** Deletes meetings no article reports any more, and series with no meeting left. */
	public void tidy() {
		meetings.deleteUnreported();
		series.deleteEmpty();
	}

	private Optional<Meeting> findSame(ExtractedMeeting report, MeetingSeries reportSeries, Set<String> parties) {
		if (reportSeries != null && report.ordinal() != null) {
			Optional<Meeting> session = meetings.findFirstBySeriesAndOrdinal(reportSeries, report.ordinal());
			if (session.isPresent()) {
				return session;
			}
		}
		if (reportSeries != null) {
			Optional<Meeting> sameDate = meetings.findBySeries(reportSeries).stream()
				.filter(m -> m.getOrdinal() == null || report.ordinal() == null)
				.filter(m -> SameMeeting.datesAgree(m.getDate(), report.date()))
				.findFirst();
			if (sameDate.isPresent()) {
				return sameDate;
			}
		}
		if (report.date().isKnown() && report.date().precision() == DatePrecision.DAY) {
			String seriesKey = report.seriesKey();
			return meetings.findByStartDateAndDatePrecision(report.date().start(), DatePrecision.DAY).stream()
				.filter(m -> SameMeeting.sameDayWithSharedParty(m.getDate(), report.date(), seriesKey(m), seriesKey,
						partiesOf(m), parties))
				.findFirst();
		}
		return Optional.empty();
	}

	private static String seriesKey(Meeting meeting) {
		return meeting.getSeries() == null ? null : meeting.getSeries().getSeriesKey();
	}

	private Set<String> partiesOf(Meeting meeting) {
		Set<String> keys = new HashSet<>(meetings.participantKeys(meeting));
		keys.addAll(meetings.organizationKeys(meeting));
		return keys;
	}

	private static <T> Set<T> pick(List<String> keys, Map<String, T> byKey) {
		return keys.stream().map(byKey::get).filter(Objects::nonNull).collect(Collectors.toSet());
	}

}
