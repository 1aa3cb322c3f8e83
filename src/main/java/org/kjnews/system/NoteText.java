package org.kjnews.system;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kjnews.extract.Note;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a {@link Note} says, in the reader's language (pages) or in English (the API, the log); text that is not a
 * keyed note is shown as it is. Used from templates as {@code @noteText}.
 */
@Component("noteText")
public class NoteText {

	/** Between the notes of one file in one argument of an ingest report line. */
	public static final String BETWEEN = "\n";

	private final MessageSource messages;

	NoteText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(String note) {
		return in(note, LocaleContextHolder.getLocale());
	}

	public String in(String note, Locale locale) {
		if (!Note.isKeyed(note)) {
			return note;
		}
		return messages.getMessage("note." + Note.key(note), Note.args(note).toArray(), note, locale);
	}

	/** Arguments of a message, each of them one note or several ({@link #BETWEEN}), said in that language. */
	public Object[] args(Object[] args, Locale locale) {
		if (args == null) {
			return null;
		}
		return Arrays.stream(args)
			.map(arg -> arg instanceof String text && text.lines().anyMatch(Note::isKeyed)
					? Arrays.stream(text.split(BETWEEN)).map(n -> in(n, locale)).collect(Collectors.joining(" "))
					: arg)
			.toArray();
	}

	/** {@link #args(Object[], Locale)} in the reader's language, for templates. */
	public Object[] args(Object[] args) {
		return args(args, LocaleContextHolder.getLocale());
	}

}
