package org.kjnews.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds person – title – organization in the ways news writes them, over one sentence's segments:
 * "Hanwha Group Chairman Kim Seung-youn", "Chairman Kim Seung-youn of Hanwha", "Park Ji-won, an economics professor at
 * Korea University", "Kang Min-seo, KBIA chair", "X, Hyundai Motor president who also serves as Busan Chamber
 * vice chair", "head of X", "(advisor to Y)".
 */
final class Roles {

	/** A role as segment indexes; {@code org} is -1 when the role names no organization. */
	record Found(int person, String title, int org) {
	}

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Madam", "Mr", "Ms", "Mrs");

	private static final Set<String> LINKS = Set.of("of", "at", "to", "for", "with", "in");

	private final Knowledge knowledge;

	Roles(Knowledge knowledge) {
		this.knowledge = knowledge;
	}

	List<Found> find(List<Token> tokens, List<Segment> segments) {
		List<Found> out = new ArrayList<>();
		Map<Integer, Integer> startsAt = new HashMap<>();
		for (int s = 0; s < segments.size(); s++) {
			startsAt.put(segments.get(s).from(), s);
		}
		for (int s = 0; s < segments.size(); s++) {
			Segment seg = segments.get(s);
			if (seg.is(Segment.Type.TITLE) && s + 1 < segments.size() && segments.get(s + 1).isPerson()
					&& segments.get(s + 1).from() == seg.to()) {
				titleBeforeName(tokens, segments, startsAt, s, out);
			}
			if (seg.isPerson() || seg.is(Segment.Type.BARE)) {
				appositive(tokens, segments, startsAt, s, seg.to(), out, 0);
			}
		}
		return out;
	}

	/** "Hanwha Group Chairman Kim", "Chairman Kim of Hanwha", "President Moon". */
	private void titleBeforeName(List<Token> tokens, List<Segment> segments, Map<Integer, Integer> startsAt, int s,
			List<Found> out) {
		Segment title = segments.get(s);
		int person = s + 1;
		int org = -1;
		if (s > 0 && segments.get(s - 1).is(Segment.Type.ORGANIZATION)) {
			Segment before = segments.get(s - 1);
			boolean possessive = before.to() + 1 == title.from() && tokens.get(before.to()).isPossessive();
			if (before.to() == title.from() || possessive) {
				org = s - 1;
			}
		}
		if (org < 0) {
			int k = segments.get(person).to();
			if (k < tokens.size() && (tokens.get(k).is("of") || tokens.get(k).is("at"))) {
				k++;
				if (k < tokens.size() && tokens.get(k).is("the")) {
					k++;
				}
				Integer o = startsAt.get(k);
				if (o != null && segments.get(o).is(Segment.Type.ORGANIZATION)) {
					org = o;
				}
			}
		}
		if (HONORIFICS.contains(title.title().title())) {
			return; // "Mr. Sato" names no position
		}
		if (org >= 0 || title.title().capitalized()) {
			out.add(new Found(person, title.title().title(), org));
		}
	}

	/**
	 * After a name (or a role already read), ", chairman of X", "—chairman of X", ", X chair", "(advisor to Y)",
	 * "who also serves as X vice chair", "who also heads X".
	 */
	private void appositive(List<Token> tokens, List<Segment> segments, Map<Integer, Integer> startsAt, int person,
			int k, List<Found> out, int depth) {
		if (depth > 3 || k >= tokens.size()) {
			return;
		}
		if (k + 2 < tokens.size() && tokens.get(k).is("(") && Character.isDigit(tokens.get(k + 1).text().charAt(0))
				&& tokens.get(k + 2).is(")")) {
			k += 3; // an age: "Lee Jae-yong (56), chairman of ..."
			if (k >= tokens.size()) {
				return;
			}
		}
		String sep = tokens.get(k).text();
		if (sep.equals(",") || sep.equals("—") || sep.equals("–") || sep.equals("(") || sep.equals("--")) {
			k++;
		}
		else if (!tokens.get(k).is("who")) {
			return;
		}
		if (k < tokens.size() && tokens.get(k).is("who")) {
			whoClause(tokens, segments, startsAt, person, k + 1, out, depth);
			return;
		}
		if (k < tokens.size() && ARTICLES.contains(tokens.get(k).lower())) {
			k++;
		}
		Integer first = startsAt.get(k);
		if (first != null && segments.get(first).is(Segment.Type.ORGANIZATION)) {
			// ", KBIA chair", ", Hyundai Motor president who ..."
			int end = titlePhraseEnd(tokens, segments.get(first).to());
			if (end > segments.get(first).to()) {
				String title = Titles.titleCase(Titles.join(tokens, segments.get(first).to(), end));
				out.add(new Found(person, title, first));
				appositive(tokens, segments, startsAt, person, end, out, depth + 1);
			}
			return;
		}
		// ", chairman of the X", ", an economics professor at X", ", head of corporate strategy at X"
		int j = k;
		while (j < tokens.size() && j < k + 7) {
			Integer o = startsAt.get(j);
			if (o != null && segments.get(o).is(Segment.Type.ORGANIZATION)) {
				int link = j - 1;
				if (link > k && tokens.get(link).is("the")) {
					link--;
				}
				if (link <= k || !LINKS.contains(tokens.get(link).lower())) {
					return;
				}
				String phrase = Titles.join(tokens, k, link);
				if (!namesPosition(tokens, k, link)) {
					return;
				}
				String title = Titles.titleCase(phrase);
				out.add(new Found(person, title, o));
				int after = segments.get(o).to();
				// "chairman of KBIA and Hanwha Group"
				if (after + 1 < tokens.size() && tokens.get(after).is("and")) {
					Integer o2 = startsAt.get(after + 1);
					if (o2 != null && segments.get(o2).is(Segment.Type.ORGANIZATION)) {
						out.add(new Found(person, title, o2));
						after = segments.get(o2).to();
					}
				}
				if (after < tokens.size() && tokens.get(after).is("(")) {
					appositive(tokens, segments, startsAt, person, after, out, depth + 1);
				}
				else if (after + 1 < tokens.size() && tokens.get(after).is(",") && tokens.get(after + 1).is("who")) {
					whoClause(tokens, segments, startsAt, person, after + 2, out, depth + 1);
				}
				return;
			}
			Token t = tokens.get(j);
			if (!t.isWord() || (t.isUpperCaseLetter() && knowledge.titles.longest(tokens, j, false) == null)) {
				return;
			}
			j++;
		}
	}

	/** "who also serves as X vice chair", "who also heads X", "who chairs X". */
	private void whoClause(List<Token> tokens, List<Segment> segments, Map<Integer, Integer> startsAt, int person,
			int k, List<Found> out, int depth) {
		if (k < tokens.size() && (tokens.get(k).is("also") || tokens.get(k).is("currently"))) {
			k++;
		}
		if (k >= tokens.size()) {
			return;
		}
		String verb = tokens.get(k).lower();
		if ((verb.equals("serves") || verb.equals("is")) && k + 1 < tokens.size() && tokens.get(k + 1).is("as")) {
			appositive(tokens, segments, startsAt, person, k + 1, out, depth + 1);
			return;
		}
		String title = switch (verb) {
			case "heads", "leads" -> "Head";
			case "chairs" -> "Chair";
			case "runs" -> "Head";
			default -> null;
		};
		if (title == null) {
			return;
		}
		int j = k + 1;
		if (j < tokens.size() && tokens.get(j).is("the")) {
			j++;
		}
		Integer o = startsAt.get(j);
		if (o != null && segments.get(o).is(Segment.Type.ORGANIZATION)) {
			out.add(new Found(person, title, o));
		}
	}

	/** After "KBIA", the lower-case words of a title ("vice chair", "president"), up to a comma or "who". */
	private int titlePhraseEnd(List<Token> tokens, int k) {
		int j = k;
		while (j < tokens.size() && j < k + 4 && tokens.get(j).isWord() && !tokens.get(j).is("who")
				&& !tokens.get(j).is("and")) {
			j++;
		}
		return j > k && namesPosition(tokens, k, j) ? j : k;
	}

	/** The words name a position: their last word, or their first before "of", is a title word ("head of ..."). */
	private boolean namesPosition(List<Token> tokens, int from, int to) {
		String last = tokens.get(to - 1).lower().replace(".", "");
		if (knowledge.titleWords.contains(last) || knowledge.titles.longest(tokens, to - 1, false) != null) {
			return true;
		}
		for (int j = from; j < to - 1; j++) {
			if (tokens.get(j + 1).is("of") && knowledge.titleWords.contains(tokens.get(j).lower())) {
				return true;
			}
		}
		return false;
	}

}
