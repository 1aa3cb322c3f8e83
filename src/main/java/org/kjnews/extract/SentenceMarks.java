package org.kjnews.extract;

/**
 * Text for a search engine's highlighter, which cuts snippets at the sentence breaks of {@link java.text.BreakIterator}:
 * those end a sentence after every "U.S." and "Mr.", and never between a subheading and the paragraph after it. Here
 * every stop that does not end a sentence ({@link Sentences}) becomes a one dot leader (U+2024), which the tokenizer
 * reads like a stop (it joins "U.S" as it would) and the break iterator does not; the english analyzer then drops it
 * between letters as it drops a stop ("US"). A decimal point stays a stop: the iterator does not break there, and
 * "1.25" must be the term a search for it looks up. Blocks are separated by a
 * paragraph separator (U+2029), after which it always breaks. Each is one character for one, so offsets do not move;
 * {@link #readable} turns a snippet back into the article's own characters.
 */
public final class SentenceMarks {

	private static final char STOP = '.';

	private static final char NOT_A_STOP = '\u2024';

	private static final char PARAGRAPH = '\u2029';

	private SentenceMarks() {
	}

	/** The blocks of a body (one a line) with only the stops that end sentences left as stops. */
	public static String forHighlighter(String body) {
		if (body == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(body.length());
		int from = 0;
		while (from <= body.length()) {
			int end = body.indexOf('\n', from);
			if (end < 0) {
				end = body.length();
			}
			String block = body.substring(from, end);
			char[] marked = block.toCharArray();
			for (int i = 0; i < marked.length; i++) {
				if (marked[i] == STOP && !betweenDigits(block, i)) {
					marked[i] = NOT_A_STOP;
				}
			}
			for (int[] sentence : Sentences.of(block)) {
				for (int i = sentence[1] - 1; i >= sentence[0]; i--) {
					if (block.charAt(i) == STOP) {
						marked[i] = STOP; // the sentence's own stop, before any closing quote
						break;
					}
					if ("\"”’')]".indexOf(block.charAt(i)) < 0) {
						break;
					}
				}
			}
			out.append(marked);
			if (end < body.length()) {
				out.append(PARAGRAPH);
			}
			from = end + 1;
		}
		return out.toString();
	}

	/** "1.25": a decimal point, which the break iterator never breaks at, and which must stay a stop to be found. */
	private static boolean betweenDigits(String text, int at) {
		return at > 0 && at < text.length() - 1 && Character.isDigit(text.charAt(at - 1))
				&& Character.isDigit(text.charAt(at + 1));
	}

	/** A snippet of {@link #forHighlighter} text as the article has it. */
	public static String readable(String marked) {
		return marked == null ? null : marked.replace(NOT_A_STOP, STOP).replace(PARAGRAPH, ' ');
	}

}
