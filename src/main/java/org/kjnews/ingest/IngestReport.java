package org.kjnews.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.springframework.stereotype.Component;

/** What the last run of the loader did with each file of the folder, for the curator. */
@Component
public class IngestReport {

	private final Map<String, IngestLine> lines = new ConcurrentSkipListMap<>();

	private final List<String> removed = new ArrayList<>();

	private volatile boolean running;

	private volatile Instant finishedAt;

	synchronized void start() {
		running = true;
		lines.clear();
		removed.clear();
	}

	void record(IngestLine line) {
		lines.put(line.file(), line);
	}

	synchronized void finish(List<String> removedFiles) {
		removed.addAll(removedFiles);
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
