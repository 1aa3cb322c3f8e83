package org.kjnews.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the credit off the end of a picture caption, as news sites write it: {@code [YONHAP]},
 * {@code (Reuters)}, {@code (AP Photo/Ahn Young-joon)}, {@code (Photo: AP)}, {@code / Source: Newsis},
 * {@code Photo: Kyodo}, {@code ⓒ Korea JoongAng Daily}, {@code / Yonhap}, {@code | Kyodo},
 * {@code REUTERS/Kim Hong-ji}, {@code — Kyodo}. A parenthesis that is not a known agency counts only after the end
 * of a sentence ("... in Seoul on Thursday. (Joint Press Corps)"), so "(KITA)" ending a caption stays in it.
 */
final class CaptionCredit {

	record Split(String caption, String credit) {
	}

	private static final String AGENCY = "(?:AP|AFP|EPA|UPI|Reuters|REUTERS|Yonhap|YONHAP|Kyodo|KYODO|Jiji|JIJI|Xinhua|XINHUA"
			+ "|Bloomberg|Getty Images|Newsis|NEWSIS|News1|NEWS1|Pool|POOL|Joint Press Corps|연합뉴스|뉴시스|뉴스1|共同|時事)";

	private static final List<Pattern> PATTERNS = List.of(
			// [YONHAP], [POOL PHOTO]
			Pattern.compile("^(?<c>.*?)\\s*\\[(?<x>[^\\[\\]]{2,60})]$"),
			// / Source: Newsis, (Photo: AP), Photo: Kyodo, Photo by Kim Ji-hoon, Credit: Getty Images
			Pattern.compile("(?i)^(?<c>.*?)\\s*/\\s*(?:source|photo|image|credit)s?\\s*[:=]\\s*(?<x>[^/]{2,60}?)\\.?$"),
			Pattern.compile("(?i)^(?<c>.*?)\\s*\\((?:source|photo|image|credit)s?\\s*(?:by\\s*)?[:=]?\\s*(?<x>[^()]{2,60})\\)$"),
			// (Reuters), (AP Photo/Ahn Young-joon), (Yonhap)
			Pattern.compile("^(?<c>.*?)\\s*\\((?<x>" + AGENCY + "(?:[ /][^()]{0,60})?)\\)$"),
			// REUTERS/Kim Hong-ji/File Photo, AP/Lee Jin-man
			Pattern.compile("^(?<c>.*?)\\s+(?<x>(?:REUTERS|Reuters|AP|AFP|EPA|KYODO|Kyodo|YONHAP|Yonhap)(?: Photo)?\\s*/\\s*\\S[^.]{0,60})$"),
			Pattern.compile("(?i)^(?<c>.*?)\\s*(?:^|(?<=[\\s.!?]))(?:photos?|images?|credits?|sources?)(?:\\s+by)?\\s*[:=]\\s*(?<x>[^:]{2,60}?)\\.?$"),
			Pattern.compile("^(?<c>.*?)\\s*(?:Photo|Photos|Image) by\\s+(?<x>\\p{Lu}[^.:]{1,60}?)\\.?$"),
			// ⓒ Korea JoongAng Daily, © 2025 The Japan Times
			Pattern.compile("^(?<c>.*?)\\s*[ⓒ©]\\s*(?<x>[^ⓒ©]{2,60})$"),
			// ". / Yonhap", ". / Korea Herald photo", ". | KYODO": after the end of a sentence, or an agency
			Pattern.compile("^(?<c>.*?[.!?\"”’)])\\s*[/|]\\s*(?<x>[\\p{Lu}\\p{Lo}][^/|.]{1,50})$"),
			Pattern.compile("^(?<c>.*?)\\s+[/|]\\s*(?<x>" + AGENCY + "(?:\\s+(?i:photo))?)$"),
			// — Kyodo
			Pattern.compile("^(?<c>.*?)\\s+[—–-]\\s*(?<x>" + AGENCY + ")$"),
			// a parenthesis after the end of a sentence: "... on Thursday. (Joint Press Corps)"
			Pattern.compile("^(?<c>.*?[.!?][\"”’]?)\\s*\\((?<x>\\p{Lu}[^()]{1,60})\\)$"));

	private CaptionCredit() {
	}

	static Split split(String caption) {
		String text = HtmlText.normalize(caption);
		for (Pattern pattern : PATTERNS) {
			Matcher m = pattern.matcher(text);
			if (m.matches() && HtmlText.words(m.group("x")) <= 8) {
				String credit = cleanCredit(m.group("x"));
				if (!credit.isEmpty()) {
					String rest = m.group("c").strip();
					return new Split(rest.isEmpty() ? null : rest, credit);
				}
			}
		}
		return new Split(text.isEmpty() ? null : text, null);
	}

	/** A credit as written in a credit element: "Photo: Kyodo", "| KYODO", "(Reuters)" become the name alone. */
	static String cleanCredit(String credit) {
		String c = HtmlText.normalize(credit);
		c = c.replaceAll("^[\\s|/—–\\-(\\[ⓒ©]+|[\\s)\\].]+$", "");
		c = c.replaceAll("(?i)^(?:photos?|images?|credits?|sources?)\\b(?:\\s+by\\b)?\\s*[:=]?\\s*", "");
		return c.replaceAll("^[\\s|/—–\\-(\\[ⓒ©]+|[\\s)\\].]+$", "").strip();
	}

}
