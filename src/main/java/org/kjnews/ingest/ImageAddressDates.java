package org.kjnews.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kjnews.extract.DateBasis;
import org.kjnews.extract.Note;
import org.kjnews.extract.PartialDate;

/**
 * Infers when an article without a date line was published from the dates news sites put in the addresses of
 * its pictures ({@code /2024/03/11/} or a file name starting {@code 20240311}). Two or more pictures agreeing on a
 * day give that day; agreeing only on the month (or a single picture) give the month; anything less gives nothing.
 */
final class ImageAddressDates {

	private static final Pattern PATH_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})/");

	private static final Pattern STAMP_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{4,}");

	private ImageAddressDates() {
	}

	static Optional<PartialDate> infer(List<String> addresses) {
		List<LocalDate> dates = addresses.stream().map(ImageAddressDates::dateIn).flatMap(Optional::stream).toList();
		if (dates.isEmpty() || dates.size() < addresses.size()) {
			return Optional.empty();
		}
		LocalDate first = dates.get(0);
		// one picture may be an old file photo: it alone never gives a day
		if (dates.size() > 1 && dates.stream().allMatch(first::equals)) {
			return Optional.of(PartialDate.ofDay(first, DateBasis.INFERRED,
					Note.of("imageAddressesDay", first)));
		}
		if (dates.stream().allMatch(d -> d.getYear() == first.getYear() && d.getMonth() == first.getMonth())) {
			return Optional.of(PartialDate.ofMonth(first.getYear(), first.getMonthValue(), DateBasis.INFERRED,
					Note.of(dates.size() > 1 ? "imageAddressesMonth" : "imageAddressMonth")));
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> dateIn(String address) {
		for (Pattern pattern : new Pattern[] { PATH_DATE, STAMP_DATE }) {
			Matcher m = pattern.matcher(address);
			if (m.find()) {
				try {
					return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3))));
				}
				catch (DateTimeException ex) {
					// digits that only look like a date
				}
			}
		}
		return Optional.empty();
	}

}
