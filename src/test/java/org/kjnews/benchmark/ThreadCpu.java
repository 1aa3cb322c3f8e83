package org.kjnews.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds of every thread of this JVM over a stretch of time, grouped by name, read from
 * {@code /proc/self/task} (Linux). Unlike JMX this sees the JVM's own threads (the JIT's compilers, the garbage
 * collector's workers) and, read every two seconds, keeps the threads that end before the stretch does (the
 * loader's reading thread).
 */
final class ThreadCpu implements Runnable {

	private static final Path TASKS = Path.of("/proc/self/task");

	/** Linux reports thread times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
	private static final double TICKS_PER_SECOND = 100;

	/** Ticks at the start, by thread id: a thread started later counts from zero. */
	private final Map<String, Long> before = new HashMap<>();

	/** Ticks at the last reading, by thread id: an ended thread keeps its last value. */
	private final Map<String, Long> last = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	private volatile boolean running = true;

	private final Thread poller;

	private ThreadCpu() {
		read(before);
		poller = new Thread(this, "benchmark-thread-cpu");
		poller.setDaemon(true);
		poller.start();
	}

	static ThreadCpu start() {
		return new ThreadCpu();
	}

	@Override
	public void run() {
		while (running) {
			read(last);
			try {
				Thread.sleep(2000);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** CPU seconds by group of threads since the start, largest first, and per article for n articles. */
	String stop(int n) {
		running = false;
		poller.interrupt();
		try {
			poller.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			read(last);
			if (last.isEmpty()) {
				return "not measured: no /proc/self/task (Linux only)";
			}
			Map<String, Long> byName = new HashMap<>();
			last.forEach((tid, ticks) -> byName.merge(label(names.get(tid)), ticks - before.getOrDefault(tid, 0L),
					Long::sum));
			long total = byName.values().stream().mapToLong(Long::longValue).sum();
			return String.format(Locale.ROOT, "%.0f s in all (%.2f ms per article): ", total / TICKS_PER_SECOND,
					total / TICKS_PER_SECOND * 1000 / Math.max(1, n))
					+ byName.entrySet()
						.stream()
						.filter(e -> e.getValue() >= 50)
						.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
						.map(e -> String.format(Locale.ROOT, "%s %.1f s (%.2f ms)", e.getKey(),
								e.getValue() / TICKS_PER_SECOND, e.getValue() / TICKS_PER_SECOND * 1000 / Math.max(1, n)))
						.collect(Collectors.joining(", "));
		}
	}

	/**
	 * A group for a thread's name (the kernel keeps its first 15 characters; digits are dropped so that a pool is one
	 * group), with the JVM's own threads named in full.
	 */
	private static String label(String name) {
		if (name.equals("java")) {
			return "main (the loading thread)";
		}
		if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
			return "JIT " + name.substring(0, 2) + " compiler";
		}
		if (name.startsWith("GC Thread")) {
			return "GC workers";
		}
		if (name.startsWith("G1 ")) {
			return "GC concurrent threads";
		}
		if (name.startsWith("Hibernate Searc")) {
			return "Hibernate Search (index writer, Lucene merges)";
		}
		if (name.startsWith("H2-") || name.startsWith("MVStore")) {
			return "H2 (serialization, writer)";
		}
		if (name.startsWith("benchmark-")) {
			return "the benchmark's samplers";
		}
		return name.replaceAll("\\d+", "N");
	}

	private synchronized void read(Map<String, Long> into) {
		if (!Files.isDirectory(TASKS)) {
			return;
		}
		try (Stream<Path> tasks = Files.list(TASKS)) {
			for (Path task : tasks.toList()) {
				String tid = task.getFileName().toString();
				try {
					String stat = Files.readString(task.resolve("stat"));
					// "tid (name) state ppid …": the name may hold spaces and brackets, so fields count from the last ')'
					int close = stat.lastIndexOf(')');
					String[] fields = stat.substring(close + 2).split(" ");
					into.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // utime + stime
					names.put(tid, stat.substring(stat.indexOf('(') + 1, close));
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between the listing and the read: its last value stays
				}
			}
		}
		catch (IOException ex) {
			// the next reading tries again
		}
	}

}
