package org.kjnews.meeting;

import java.time.LocalDate;
import java.util.List;

import org.kjnews.article.ArticleLink;
import org.kjnews.article.EntityRef;
import org.kjnews.extract.MeetingStatus;
import org.kjnews.extract.PartialDate;

/** A meeting as the timeline shows it: what, when, where, who, and the articles that report it. */
public record MeetingSummary(String slug, String name, EntityRef series, Integer ordinal, PartialDate date,
		LocalDate endDate, String location, MeetingStatus status, List<PartyRef> participants,
		List<EntityRef> organizations, List<ArticleLink> articles) {

	public boolean scheduled() {
		return status == MeetingStatus.SCHEDULED;
	}

	/** The people of one side: "KR", "JP", or null for everyone else. */
	public List<PartyRef> side(String country) {
		return participants.stream()
			.filter(p -> country == null ? !"KR".equals(p.country()) && !"JP".equals(p.country())
					: country.equals(p.country()))
			.toList();
	}

	/** Which of a few colours marks the series, the same on every page. */
	public int seriesHue() {
		return series == null ? 0 : 1 + Math.floorMod(series.slug().hashCode(), 6);
	}

}
