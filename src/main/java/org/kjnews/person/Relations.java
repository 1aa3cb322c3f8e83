package org.kjnews.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Who appears with whom, as a small picture: the person or organization of the page in the middle, the ones it
 * shares most articles with around it, a line to each as thick as the articles they share, and thin lines between
 * those around it that also appear together. Coordinates are in the picture's own 480 × 260 box, wide enough
 * for a label of {@value #MAX_LABEL} characters on either side.
 */
public record Relations(String name, List<Node> nodes, List<Edge> edges) {

	static final double CENTER_X = 240;

	static final double CENTER_Y = 130;

	private static final double RADIUS = 75;

	private static final int MAX_NODES = 8;

	static final int MAX_LABEL = 21;

	/** One of those around: where it sits, where its label goes and which way the label runs. */
	public record Node(String slug, String name, String label, long count, double x, double y, double labelX,
			double labelY, String anchor) {
	}

	/** A line between two, {@code toCenter} when it joins one to the middle. */
	public record Edge(double x1, double y1, double x2, double y2, double width, boolean toCenter) {
	}

	/** A pair of those around and the articles they share. */
	public record Pair(String a, String b, long count) {
	}

	public static Relations of(String name, List<EntityCount> around, List<Pair> among) {
		List<EntityCount> shown = around.stream().limit(MAX_NODES).toList();
		long max = shown.stream().mapToLong(EntityCount::count).max().orElse(1);
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		Map<String, Node> bySlug = new HashMap<>();
		for (int i = 0; i < shown.size(); i++) {
			EntityCount e = shown.get(i);
			double angle = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
			double x = CENTER_X + RADIUS * Math.cos(angle);
			double y = CENTER_Y + RADIUS * Math.sin(angle);
			double cos = Math.cos(angle);
			String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
			double labelX = x + (anchor.equals("middle") ? 0 : cos > 0 ? 10 : -10);
			double labelY = y + (anchor.equals("middle") ? (Math.sin(angle) < 0 ? -12 : 20) : 4);
			Node node = new Node(e.slug(), e.name(), shorten(e.name()), e.count(), x, y, labelX, labelY, anchor);
			nodes.add(node);
			bySlug.put(e.slug(), node);
			edges.add(new Edge(CENTER_X, CENTER_Y, x, y, 1 + 4.0 * e.count() / max, true));
		}
		for (Pair pair : among) {
			Node a = bySlug.get(pair.a());
			Node b = bySlug.get(pair.b());
			if (a != null && b != null) {
				edges.add(new Edge(a.x(), a.y(), b.x(), b.y(), 1, false));
			}
		}
		return new Relations(name, nodes, edges);
	}

	/** The slugs of those of {@code around} the chart draws: the pairs among them are its lines. */
	public static List<String> drawn(List<EntityCount> around) {
		return around.stream().limit(MAX_NODES).map(EntityCount::slug).toList();
	}

	public boolean isEmpty() {
		return nodes.isEmpty();
	}

	private static String shorten(String name) {
		return name.length() <= MAX_LABEL ? name : name.substring(0, MAX_LABEL - 1).strip() + "…";
	}

}
