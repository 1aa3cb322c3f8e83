package org.kjnews.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Every place in one article where one person or organization is named, kept as one value ("block:start:end" each,
 * separated by ";") on a single row per article and entity. A row per place made the loader write a row, its index
 * entries and a copy of the sentence for each of the ~50 places a long article names someone, for places that only
 * the article page reads, and all at once.
 */
public final class MentionPlaces {

	/** The longest value kept (the column's size): an article naming someone beyond that keeps the first places. */
	public static final int MAX_LENGTH = 1_000_000;

	/** One place: the block (-1 the title, -2 the byline and credits) and the offsets in its text. */
	public record Place(int block, int start, int end) {
	}

	private final StringBuilder encoded = new StringBuilder();

	private int count;

	/** Counts the place, and keeps it if the value still fits. */
	public void add(int block, int start, int end) {
		String place = block + ":" + start + ":" + end;
		if (encoded.length() + 1 + place.length() <= MAX_LENGTH) {
			encoded.append(encoded.isEmpty() ? "" : ";").append(place);
		}
		count++;
	}

	/** How many places were added, kept or not: how many times the article names them. */
	public int count() {
		return count;
	}

	public String encoded() {
		return encoded.toString();
	}

	/** The places of an encoded value; a part that is not three numbers is skipped rather than failing the page. */
	public static List<Place> parse(String encoded) {
		List<Place> places = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return places;
		}
		for (String part : encoded.split(";")) {
			String[] numbers = part.split(":");
			if (numbers.length == 3) {
				try {
					places.add(new Place(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]),
							Integer.parseInt(numbers[2])));
				}
				catch (NumberFormatException notANumber) {
					// skipped, as documented
				}
			}
		}
		return places;
	}

}
