package org.kjnews.meeting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import org.kjnews.extract.PartialDate;

/**
 * The timeline as iCalendar. Every meeting is an all-day event over exactly what is known: a day, a whole month
 * or a whole year (with the description saying so), never a made-up day. Scheduled meetings are tentative.
 */
final class MeetingCalendar {

	private MeetingCalendar() {
	}

	static String of(List<MeetingSummary> meetings, String baseUrl) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//KJ News//Meetings//EN");
		calendar.setName("KJ News meetings");
		for (MeetingSummary m : meetings) {
			PartialDate date = m.date();
			if (!date.isKnown()) {
				continue; // a calendar entry needs a date
			}
			VEvent event = new VEvent();
			event.setUid(m.slug() + "@kjnews");
			event.setSummary(m.name());
			LocalDate start = date.start();
			LocalDate end = switch (date.precision()) {
				case DAY -> (m.endDate() != null ? m.endDate() : start).plusDays(1);
				case MONTH -> start.plusMonths(1);
				case YEAR -> start.plusYears(1);
			};
			event.setDateStart(allDay(start));
			event.setDateEnd(allDay(end));
			if (m.location() != null) {
				event.setLocation(m.location());
			}
			event.setStatus(m.scheduled() ? Status.tentative() : Status.confirmed());
			event.setUrl(baseUrl + "/meetings/" + m.slug());
			event.setDescription(switch (date.precision()) {
				case DAY -> m.name();
				case MONTH -> m.name() + " (the articles give the month, not the day)";
				case YEAR -> m.name() + " (the articles give the year, not the month or day)";
			});
			calendar.addEvent(event);
		}
		return calendar.write();
	}

	private static ICalDate allDay(LocalDate day) {
		return new ICalDate(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()), false);
	}

}
