package org.kjnews.system;

import java.text.Normalizer;
import java.util.Locale;

/** URL keys made from names and paths: lower case letters and digits of any script, joined by hyphens. */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text) {
		// Accents come off Latin letters only: Hangul and kana must keep their composed form (가, が).
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("(\\p{IsLatin})\\p{M}+", "$1");
		String plain = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 120) {
			slug = slug.substring(0, 120).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "untitled" : slug;
	}

}
