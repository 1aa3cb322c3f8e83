package org.kjnews.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compact overview above the timeline: one bar per year from the first to the last, as tall as that year
 * has meetings, so density shows at a glance. Drawn as server-side SVG.
 */
public record YearOverview(List<Bar> bars, int width, int height) {

	public record Bar(int year, long count, int x, int y, int barHeight) {
	}

	static final int BAR = 30;

	static final int GAP = 8;

	static final int CHART_HEIGHT = 60;

	public int barWidth() {
		return BAR;
	}

	static YearOverview of(Map<Integer, Long> counts) {
		if (counts.isEmpty()) {
			return new YearOverview(List.of(), 0, 0);
		}
		int first = counts.keySet().stream().min(Integer::compare).orElseThrow();
		int last = counts.keySet().stream().max(Integer::compare).orElseThrow();
		long max = counts.values().stream().max(Long::compare).orElse(1L);
		List<Bar> bars = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			long count = counts.getOrDefault(year, 0L);
			int h = count == 0 ? 0 : (int) Math.max(4, CHART_HEIGHT * count / max);
			bars.add(new Bar(year, count, (year - first) * (BAR + GAP), CHART_HEIGHT - h, h));
		}
		return new YearOverview(bars, bars.size() * (BAR + GAP), CHART_HEIGHT + 16);
	}

}
