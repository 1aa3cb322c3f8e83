package org.kjnews.article;

import org.kjnews.extract.PartialDate;

/** A meeting as other pages list it: name, date at its precision, place, whether it is still to come. */
public record MeetingLink(String slug, String name, PartialDate date, String location, boolean scheduled) {
}
