package org.kjnews.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kjnews.extract.DatePrecision;
import org.kjnews.extract.PartialDate;

/**
 * A small bar chart of how many articles name someone or something, per year (or per month when they all fall
 * within three years and give their month), with empty periods kept so that gaps show. Drawn as SVG by the
 * {@code fragments/charts} template; the coordinates are in the chart's own 320 × 120 box.
 */
public record ArticlesOverTime(List<Bar> bars, boolean byMonth, int undated, long max) {

	static final int WIDTH = 320;

	static final int PLOT_HEIGHT = 96;

	private static final int HEADROOM = 14;

	private static final int MAX_MONTHS = 36;

	/** One period: its label (2025 or 2025-12), its count, and where it is drawn. */
	public record Bar(String label, String axisLabel, long count, double x, double y, double width, double height,
			boolean labelled) {
	}

	public static ArticlesOverTime of(List<PartialDate> dates) {
		List<LocalDate> known = new ArrayList<>();
		int undated = 0;
		boolean allMonths = true;
		for (PartialDate date : dates) {
			if (date == null || !date.isKnown()) {
				undated++;
				continue;
			}
			known.add(date.start());
			allMonths &= date.precision() != DatePrecision.YEAR;
		}
		if (known.isEmpty()) {
			return new ArticlesOverTime(List.of(), false, undated, 0);
		}
		YearMonth first = known.stream().map(YearMonth::from).min(YearMonth::compareTo).orElseThrow();
		YearMonth last = known.stream().map(YearMonth::from).max(YearMonth::compareTo).orElseThrow();
		boolean byMonth = allMonths && first.plusMonths(MAX_MONTHS).isAfter(last);
		Map<String, Long> counts = new TreeMap<>();
		if (byMonth) {
			for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
				counts.put(m.toString(), 0L);
			}
			known.forEach(d -> counts.merge(YearMonth.from(d).toString(), 1L, Long::sum));
		}
		else {
			for (int y = first.getYear(); y <= last.getYear(); y++) {
				counts.put(String.valueOf(y), 0L);
			}
			known.forEach(d -> counts.merge(String.valueOf(d.getYear()), 1L, Long::sum));
		}
		return drawn(counts, byMonth, undated);
	}

	/**
	 * The chart of articles counted per year elsewhere (in the search index): for someone named in more articles
	 * than a page reads.
	 */
	public static ArticlesOverTime ofYears(Map<Integer, Long> perYear, long undated) {
		if (perYear.isEmpty()) {
			return new ArticlesOverTime(List.of(), false, (int) undated, 0);
		}
		int first = perYear.keySet().stream().min(Integer::compare).orElseThrow();
		int last = perYear.keySet().stream().max(Integer::compare).orElseThrow();
		Map<String, Long> counts = new TreeMap<>();
		for (int y = first; y <= last; y++) {
			counts.put(String.valueOf(y), perYear.getOrDefault(y, 0L));
		}
		return drawn(counts, false, (int) undated);
	}

	private static ArticlesOverTime drawn(Map<String, Long> counts, boolean byMonth, int undated) {
		long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
		// room above the tallest bar for its count
		double top = PLOT_HEIGHT - HEADROOM;
		double slot = (double) WIDTH / counts.size();
		double gap = Math.min(4, slot * 0.2);
		// label a bar every few so that labels never overlap (about 40 units each)
		int every = (int) Math.ceil(40 / slot);
		List<Bar> bars = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, Long> e : counts.entrySet()) {
			double height = e.getValue() == 0 ? 0 : Math.max(2, top * e.getValue() / (double) max);
			bars.add(new Bar(e.getKey(), axisLabel(e.getKey(), i), e.getValue(), i * slot + gap / 2,
					PLOT_HEIGHT - height, slot - gap, height, i % every == 0));
			i++;
		}
		return new ArticlesOverTime(bars, byMonth, undated, max);
	}

	/** Under a month's bar only the month ("06"), but the year too at the first bar and in January ("2026-01"). */
	private static String axisLabel(String period, int index) {
		if (period.length() == 7 && index > 0 && !period.endsWith("-01")) {
			return period.substring(5);
		}
		return period;
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

	/** The chart in words, for screen readers: "2023: 2, 2024: 5". */
	public String summary() {
		StringBuilder text = new StringBuilder();
		for (Bar bar : bars) {
			if (bar.count() > 0) {
				text.append(text.isEmpty() ? "" : ", ").append(bar.label()).append(": ").append(bar.count());
			}
		}
		return text.toString();
	}

}
