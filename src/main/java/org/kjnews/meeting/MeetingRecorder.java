package org.kjnews.meeting;

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
import org.springframework.data.domain.Limit;
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

	public void record(Article article, boolean isNew, List<ExtractedMeeting> found, Map<String, Person> people,
			Map<String, Organization> organizations) {
		if (!isNew) {
			sources.deleteByArticle(article);
		}
		for (ExtractedMeeting report : found) {
			MeetingSeries reportSeries = report.seriesKey() == null ? null : series.findBySeriesKey(report.seriesKey())
				.orElseGet(() -> series.save(new MeetingSeries(Slugs.unique(Slugs.of(report.series()), series::existsBySlug),
						report.seriesKey(), report.series())));
			Meeting meeting = findSame(report, reportSeries).orElse(null);
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

	private Optional<Meeting> findSame(ExtractedMeeting report, MeetingSeries reportSeries) {
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
						() -> partiesAgree(m, report)))
				.findFirst();
		}
		return Optional.empty();
	}

	private static String seriesKey(Meeting meeting) {
		return meeting.getSeries() == null ? null : meeting.getSeries().getSeriesKey();
	}

	/** A party in common, or no party named on one side. */
	private boolean partiesAgree(Meeting meeting, ExtractedMeeting report) {
		if (report.participantKeys().isEmpty() && report.organizationKeys().isEmpty()) {
			return true;
		}
		if (!report.participantKeys().isEmpty()
				&& !meetings.reportsNamingPeople(meeting, report.participantKeys(), Limit.of(1)).isEmpty()) {
			return true;
		}
		if (!report.organizationKeys().isEmpty()
				&& !meetings.reportsNamingOrganizations(meeting, report.organizationKeys(), Limit.of(1)).isEmpty()) {
			return true;
		}
		return !meetings.namesParties(meeting);
	}

	private static <T> Set<T> pick(List<String> keys, Map<String, T> byKey) {
		return keys.stream().map(byKey::get).filter(Objects::nonNull).collect(Collectors.toSet());
	}

}
