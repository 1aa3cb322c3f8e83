package org.kjnews.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a meeting took place, as the sentence gives it: a venue ("at the Grand Hyatt", "at the Westin Josun Busan"),
 * then the places after "in" ("in Yongsan District, central Seoul", "in Nagoya, Japan", "in Whistler, British
 * Columbia, Canada"). Gives "Grand Hyatt, Yongsan District, Seoul"; a Japanese city the text names alone gets its
 * country ("Fukuoka, Japan").
 */
final class MeetingPlaces {

	/** "at the Imperial Hotel", "at Grand Hyatt Seoul": capitalized words after "at". */
	private static final Pattern VENUE = Pattern
		.compile("\\b(?:at|At)\\s+(?:the\\s+)?((?:[A-Z][\\p{L}\\p{N}&'’.-]*|of|de)(?:\\s+(?:[A-Z][\\p{L}\\p{N}&'’.-]*|of|de))*)");

	/** "in Seoul", "in central Seoul", "in Yongsan District, central Seoul, on March 14". */
	private static final Pattern IN_PLACE = Pattern.compile(
			"\\b(?:in|In|to|at)\\s+(?:the\\s+)?((?:(?:central|downtown|southern|northern|eastern|western|southeastern|"
					+ "southwestern|northeastern|northwestern|suburban)\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,3}"
					+ "(?:,\\s+(?:(?:central|downtown|southern|northern|eastern|western)\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2}){0,3})");

	private static final Pattern DIRECTION = Pattern
		.compile("^(?:central|downtown|southern|northern|eastern|western|southeastern|southwestern|northeastern|northwestern|suburban)\\s+");

	private static final Pattern ADMINISTRATIVE = Pattern
		.compile("^[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)?\\s+(?:District|Province|Prefecture|City|County|Ward|Island|Islands|-gu|-do|-si)$");

	private static final Pattern CHAIN_BREAK = Pattern.compile(",\\s+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern TRAILING_MARKS = Pattern.compile("[.'’]+$");

	private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");

	private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.?|\\w+day");

	private final Knowledge knowledge;

	private final MeetingLexicon lexicon;

	MeetingPlaces(Knowledge knowledge, MeetingLexicon lexicon) {
		this.knowledge = knowledge;
		this.lexicon = lexicon;
	}

	/**
	 * The location given in a sentence from offset {@code from} on, or before it when nothing follows; null when
	 * the sentence names none.
	 */
	String find(String sentence, int from) {
		String after = find(sentence.substring(from));
		return after != null ? after : find(sentence.substring(0, from));
	}

	private String find(String text) {
		String venue = null;
		int venueEnd = 0;
		Matcher v = VENUE.matcher(text);
		while (v.find()) {
			String name = trimVenue(v.group(1));
			if (name != null) {
				venue = name;
				venueEnd = v.end();
				break;
			}
		}
		List<String> places = placesFrom(text, venue != null ? venueEnd : 0);
		if (places.isEmpty() && venue != null) {
			places = placesFrom(text, 0);
		}
		if (venue == null && places.isEmpty()) {
			return null;
		}
		Set<String> parts = new LinkedHashSet<>();
		if (venue != null) {
			parts.add(venue);
			if (places.isEmpty()) {
				// "the Westin Josun Busan", "Grand Hyatt Seoul": the venue's name ends with its city.
				String last = venue.substring(venue.lastIndexOf(' ') + 1);
				if (knowledge.isPlaceWord(last) && !last.equals(venue)) {
					places.add(last);
				}
			}
		}
		parts.addAll(places);
		if (!places.isEmpty()) {
			String lastPlace = places.get(places.size() - 1);
			if (knowledge.countryOf(lastPlace) == null && "JP".equals(knowledge.placeCountry.get(lastPlace.toLowerCase(Locale.ROOT)))) {
				parts.add("Japan");
			}
		}
		return String.join(", ", parts);
	}

	/** The places of the first "in ..." from an offset on that names a known place. */
	private List<String> placesFrom(String text, int from) {
		Matcher p = IN_PLACE.matcher(text);
		int at = from;
		while (at < text.length() && p.find(at)) {
			List<String> places = places(p.group(1));
			if (!places.isEmpty()) {
				return places;
			}
			at = p.end();
		}
		return new ArrayList<>();
	}

	/** The places of "Yongsan District, central Seoul": each part a known place, a country or a district. */
	private List<String> places(String chain) {
		List<String> out = new ArrayList<>();
		for (String part : CHAIN_BREAK.split(chain)) {
			String s = DIRECTION.matcher(part.strip()).replaceFirst("");
			String place = knownPrefix(s);
			if (place == null) {
				break;
			}
			out.add(place);
		}
		return out;
	}

	/** The longest start of the words that is a place, a country or an administrative area. */
	private String knownPrefix(String words) {
		String[] w = SPACES.split(words);
		for (int n = w.length; n >= 1; n--) {
			String s = TRAILING_MARKS.matcher(String.join(" ", java.util.Arrays.copyOf(w, n))).replaceAll("");
			if (knowledge.isPlaceWord(s) || knowledge.countryOf(s) != null || ADMINISTRATIVE.matcher(s).matches()
					|| isMultiWordPlace(s)) {
				return s;
			}
		}
		return null;
	}

	private boolean isMultiWordPlace(String s) {
		List<Token> tokens = Tokens.of(s);
		if (tokens.isEmpty()) {
			return false;
		}
		Gazetteer.Match<String> m = knowledge.places.longest(tokens, 0, true);
		return m != null && m.end() == tokens.size();
	}

	/** A venue's name: it ends with a venue word or starts with a venue brand; else null. */
	private String trimVenue(String words) {
		String[] w = SPACES.split(words);
		// Stop at a month or weekday: "at the Grand Hyatt on March 14" never reaches here, but "at COEX March 14" could.
		int n = 0;
		while (n < w.length && !MONTH_OR_DAY.matcher(w[n]).matches()) {
			n++;
		}
		if (n == 0) {
			return null;
		}
		for (int end = n; end >= 1; end--) {
			String last = TRAILING_MARKS.matcher(w[end - 1]).replaceAll("");
			if (lexicon.isVenueLastWord(last) && end > 1) {
				return TRAILING_DOTS.matcher(String.join(" ", java.util.Arrays.copyOf(w, end))).replaceAll("");
			}
		}
		for (int k = Math.min(n, 3); k >= 1; k--) {
			if (lexicon.isVenueBrand(String.join(" ", java.util.Arrays.copyOf(w, k)))) {
				return TRAILING_DOTS.matcher(String.join(" ", java.util.Arrays.copyOf(w, n))).replaceAll("");
			}
		}
		return null;
	}

}
