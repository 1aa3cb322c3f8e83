package org.kjnews.meeting;

import java.util.List;

import org.kjnews.article.LatestMeetings;
import org.kjnews.article.MeetingLink;
import org.kjnews.article.MeetingsOf;
import org.springframework.stereotype.Component;

@Component
class MeetingLinks implements MeetingsOf {

	private final MeetingCatalog catalog;

	MeetingLinks(MeetingCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public LatestMeetings person(String slug) {
		return catalog.latest(new MeetingFilter(null, slug, null, null, null), LatestMeetings.SHOWN);
	}

	@Override
	public LatestMeetings organization(String slug) {
		return catalog.latest(new MeetingFilter(null, null, slug, null, null), LatestMeetings.SHOWN);
	}

	@Override
	public List<MeetingLink> article(long articleId) {
		return catalog.ofArticle(articleId).stream().map(MeetingLinks::link).toList();
	}

	private static MeetingLink link(MeetingSummary m) {
		return new MeetingLink(m.slug(), m.name(), m.date(), m.location(), m.scheduled());
	}

}
