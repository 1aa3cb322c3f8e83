package org.kjnews.article;

import org.kjnews.extract.PartialDate;

/**
 * A string whose ascending order is the reading order of the archive: newest first, undated last, then by file.
 * Dated keys start with {@code 0} and the date counted down from 9999-12-31 23:59; undated ones with {@code 1}.
 */
final class SortKey {

	private static final long LATEST = 999_912_312_359L;

	private SortKey() {
	}

	/** The date part of a key as a number in the same order: dated keys below undated ones. */
	static long number(String key) {
		if (key == null || !key.startsWith("0")) {
			return Long.MAX_VALUE;
		}
		return Long.parseLong(key.substring(1, 13));
	}

	static String of(PartialDate published, String sourceFile) {
		if (!published.isKnown()) {
			return "1|" + sourceFile;
		}
		var day = published.start();
		var time = published.time();
		long stamp = day.getYear() * 100_000_000L + day.getMonthValue() * 1_000_000L + day.getDayOfMonth() * 10_000L
				+ (time != null ? time.getHour() * 100L + time.getMinute() : 0);
		return String.format("0%012d|%s", LATEST - stamp, sourceFile);
	}

}
