package org.kjnews.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Every place in one article where one person or organization is named, kept as one value ("block:start:end" each,
 * separated by ";") on a single row per article and entity. A row per place cost the loader a fifth of its time in
 * inserts, index entries and sentences copied again and again, for places only the article page reads, and all at
 * once.
 */
public final class MentionPlaces {

	/** One place: the block (-1 the title, -2 the byline and credits) and the offsets in its text. */
	public record Place(int block, int start, int end) {
	}

	private final StringBuilder encoded = new StringBuilder();

	private int count;

	public void add(int block, int start, int end) {
		if (count++ > 0) {
			encoded.append(';');
		}
		encoded.append(block).append(':').append(start).append(':').append(end);
	}

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
