package org.kjnews.ingest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.kjnews.system.PageResult;
import org.kjnews.system.Paging;
import org.springframework.stereotype.Component;

/**
 * What the last run of the loader did with each file of the folder, for the curator, and the latest events
 * across runs (a file added, updated, removed, or newly failing), newest first.
 */
@Component
public class IngestReport {

	/** Events kept: enough for a curator to see what the last changes of the folder did. */
	static final int MAX_EVENTS = 200;

	private final Map<String, IngestLine> lines = new ConcurrentSkipListMap<>();

	private Map<String, IngestLine> previous = Map.of();

	private final Deque<IngestEvent> events = new ArrayDeque<>();

	private final List<String> removed = new ArrayList<>();

	private volatile boolean running;

	private volatile Instant finishedAt;

	synchronized void start() {
		running = true;
		previous = Map.copyOf(lines);
		lines.clear();
		removed.clear();
	}

	void record(IngestLine line) {
		lines.put(line.file(), line);
	}

	synchronized void finish(List<String> removedFiles) {
		removed.addAll(removedFiles);
		lines.values().forEach(line -> event(line, previous.get(line.file())));
		removedFiles.forEach(
				file -> add(new IngestEvent(Instant.now(), file, IngestEvent.Kind.REMOVED, null, List.of(), null)));
		previous = Map.of();
		finishedAt = Instant.now();
		running = false;
	}

	public boolean running() {
		return running;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	/** Problems first, then by file name. */
	public List<IngestLine> lines() {
		return lines.values().stream()
			.sorted(Comparator.comparing((IngestLine l) -> order(l.status())).thenComparing(IngestLine::file))
			.toList();
	}

	/** A page of {@link #lines()}: at 100,000 files the whole list is a page no browser wants. */
	public PageResult<IngestLine> lines(Paging paging) {
		List<IngestLine> all = lines();
		int from = (int) Math.min(all.size(), (long) paging.page() * paging.size());
		int to = Math.min(all.size(), from + paging.size());
		return PageResult.of(all.subList(from, to), paging, all.size());
	}

	/** The latest events, newest first. */
	public synchronized List<IngestEvent> events() {
		return List.copyOf(events);
	}

	/** A loaded file is an event; a skipped or failed one only when that is news (new, or a different reason). */
	private void event(IngestLine line, IngestLine before) {
		IngestEvent.Kind kind = switch (line.status()) {
			case LOADED -> line.reason().startsWith("updated") ? IngestEvent.Kind.UPDATED : IngestEvent.Kind.ADDED;
			case SKIPPED -> IngestEvent.Kind.SKIPPED;
			case FAILED -> IngestEvent.Kind.FAILED;
			case UNCHANGED -> null;
		};
		boolean news = line.status() == IngestStatus.LOADED || before == null || before.status() != line.status()
				|| !before.message().equals(line.message());
		if (kind != null && news) {
			add(new IngestEvent(line.at(), line.file(), kind, line.reason(), line.args(), line.message()));
		}
	}

	private void add(IngestEvent event) {
		events.addFirst(event);
		while (events.size() > MAX_EVENTS) {
			events.removeLast();
		}
	}

	public synchronized List<String> removed() {
		return List.copyOf(removed);
	}

	public long count(IngestStatus status) {
		return lines.values().stream().filter(l -> l.status() == status).count();
	}

	private static int order(IngestStatus status) {
		return switch (status) {
			case FAILED -> 0;
			case SKIPPED -> 1;
			case LOADED -> 2;
			case UNCHANGED -> 3;
		};
	}

}
