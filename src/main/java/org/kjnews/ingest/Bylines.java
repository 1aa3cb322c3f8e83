package org.kjnews.ingest;

import java.util.regex.Pattern;

/**
 * The writer's name from a byline as pages print it: "By Park Ji-won", "BY PARK JI-WON [park.jiwon@joongang.co.kr]",
 * "By Jane Doe and John Roe", "Kim Min-ji, Staff Reporter", "김민지 기자". Anything that does not look like one to
 * a few names ("By Friday the talks had…", "Updated 3 hours ago") gives null.
 */
final class Bylines {

	private static final Pattern LEAD = Pattern.compile("(?i)^(?:by|written by|words by|posted by|reporter|reported by)\\s*:?\\s+");

	private static final Pattern ROLE = Pattern.compile("(?i)[\\s,]*(?:(?:senior |chief |staff |contributing |"
			+ "special |foreign )?(?:reporter|writer|correspondent|journalist|editor|staff)s?|기자|특파원|記者|特派員|編集委員)$");

	private static final Pattern CUT = Pattern.compile("\\s*(?:[\\[(<|/·•]|\\s[-—–]\\s|\\S+@\\S+).*$");

	private static final int MAX_LENGTH = 80;

	private Bylines() {
	}

	static String clean(String text) {
		String s = HtmlText.normalize(text);
		s = LEAD.matcher(s).replaceFirst("");
		s = CUT.matcher(s).replaceFirst("");
		String before;
		do {
			before = s;
			s = ROLE.matcher(s).replaceFirst("").strip();
		}
		while (!s.equals(before));
		s = s.replaceAll("^[\\s,;:.]+|[\\s,;:]+$", "");
		if (s.isEmpty() || s.length() > MAX_LENGTH || s.matches(".*\\d.*")) {
			return null;
		}
		String[] words = s.split("\\s+");
		if (words.length > 10) {
			return null;
		}
		for (String word : words) {
			String w = word.replaceAll("[,;]+$", "");
			if (w.isEmpty() || w.equals("and") || w.equals("&")) {
				continue;
			}
			int first = w.codePointAt(0);
			// a capital letter, or a script without case (Hangul, kanji)
			if (!Character.isLetter(first) || Character.isLowerCase(first)) {
				return null;
			}
		}
		return NameCase.of(s);
	}

}
