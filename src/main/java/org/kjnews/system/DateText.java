package org.kjnews.system;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.kjnews.extract.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates in the reader's language at their true precision ("8 December 2025", "December 2025", "2025"), and the
 * basis of a date in words. Used from templates as {@code @dateText}.
 */
@Component("dateText")
public class DateText {

	private final MessageSource messages;

	private final NoteText notes;

	DateText(MessageSource messages, NoteText notes) {
		this.messages = messages;
		this.notes = notes;
	}

	public String of(PartialDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		if (date == null || !date.isKnown()) {
			return messages.getMessage("date.unknown", null, locale);
		}
		String pattern = messages.getMessage("date.pattern." + date.precision(), null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(date.start());
	}

	/** Why the date is what it is: the note when there is one, else the kind of basis. */
	public String basis(PartialDate date) {
		if (date.note() != null) {
			return notes.of(date.note());
		}
		return messages.getMessage("date.basis." + date.basis(), null, LocaleContextHolder.getLocale());
	}

}
