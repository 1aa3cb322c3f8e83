package org.kjnews.ingest;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileVisitResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kjnews.article.ParsedArticle;
import org.kjnews.article.StoredFile;
import org.kjnews.extract.ArticleText;
import org.kjnews.extract.ExtractedMeeting;
import org.kjnews.extract.Extraction;
import org.kjnews.extract.Extractor;
import org.kjnews.extract.MeetingExtractor;
import org.kjnews.extract.Note;
import org.kjnews.system.ArchiveVersion;
import org.kjnews.system.DatabaseCompaction;
import org.kjnews.system.KjNewsProperties;
import org.kjnews.system.NoteText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Brings the database in line with the articles folder: new and changed files are read, unchanged ones (by
 * content hash) are left alone, and articles whose files are gone are removed. Every file gets a line in the
 * {@link IngestReport} and the log; one bad file never stops the others.
 */
@Service
public class FolderIngester {

	private static final Logger log = LoggerFactory.getLogger(FolderIngester.class);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final KjNewsProperties properties;

	private final ArticleStore store;

	private final IngestReport report;

	private final List<ArticleReader> readers = List.of(new TextArticleReader(), new HtmlArticleReader());

	/**
	 * Part of every content hash, with the knowledge files: bump it when reading or extraction changes, so that
	 * the next start reads every file again instead of keeping what an older version made of it.
	 */
	static final String PIPELINE_VERSION = "15";

	/** Articles stored in one transaction. */
	static final int BATCH_SIZE = 20;

	/** Files of any kind (most of them unchanged) gathered before the batch is stored and reported. */
	private static final int MAX_STEPS_IN_BATCH = 500;

	/** The articles to store in the batch being gathered (only the loading thread touches it). */
	private int readyInBatch;

	/** Files read ahead of the one being stored: enough to keep the reading thread busy, few enough to stay small. */
	private static final int READ_AHEAD = 64;

	private final String pipeline;

	/** Where the time of the last run went, for the log and the benchmark. */
	private Timings timings = new Timings();

	/**
	 * Seconds spent reading and parsing, extracting (both on the reading thread), and storing (database and index)
	 * the loaded files.
	 */
	private static final class Timings {

		private long reading;

		private long extracting;

		private long storing;

		/** CPU time of the storing thread while storing: unlike the wall time, not inflated by a busy machine. */
		private long storingCpu;

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.1f s reading, %.1f s extracting, %.1f s storing (%.1f s of CPU)",
					reading / 1e9, extracting / 1e9, storing / 1e9, storingCpu / 1e9);
		}

	}

	private final Extractor extractor;

	private final MeetingExtractor meetingExtractor;

	private final ArchiveVersion archive;

	private final MessageSource messages;

	private final NoteText notes;

	/** The database's JDBC address: an H2 file is compacted at the next start after a large run. */
	private final String databaseUrl;

	FolderIngester(KjNewsProperties properties, ArticleStore store, IngestReport report, Extractor extractor,
			MeetingExtractor meetingExtractor, ArchiveVersion archive, MessageSource messages, NoteText notes,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.databaseUrl = databaseUrl;
		this.notes = notes;
		this.archive = archive;
		this.messages = messages;
		this.properties = properties;
		this.store = store;
		this.report = report;
		this.extractor = extractor;
		this.meetingExtractor = meetingExtractor;
		this.pipeline = PIPELINE_VERSION + ":" + KnowledgeFingerprint.of();
	}

	public synchronized void ingestAll() {
		Path root = properties.seedsDir().toAbsolutePath().normalize();
		report.start();
		if (!Files.isDirectory(root)) {
			record(line(root.toString(), IngestStatus.FAILED, "folderMissing"));
			report.finish(List.of());
			return;
		}
		Map<Path, BasicFileAttributes> files = new LinkedHashMap<>();
		Set<String> present = new HashSet<>();
		walk(root, files, present);
		for (Map.Entry<Path, BasicFileAttributes> file : files.entrySet()) {
			if (loadable(file.getKey(), file.getValue())) {
				present.add(relative(root, file.getKey()));
			}
		}
		// Articles whose files are gone (or can no longer be loaded) go first, so a renamed file keeps its slug.
		List<String> removed = new ArrayList<>();
		try {
			// read once: at 100,000 articles even the index of stored files takes a while
			Map<String, StoredFile> known = store.known();
			removed.addAll(store.removeAllExcept(present, known.values()));
			removed.forEach(file -> log.info("Removed {}: the file is gone from the folder", file));
			known.keySet().removeAll(removed);
			timings = new Timings();
			loadAll(root, files, known);
			store.tidy();
			store.visibleInSearch();
		}
		finally {
			// even a run that failed half-way says so and shows what its committed batches stored
			report.finish(removed);
			if (report.count(IngestStatus.LOADED) > 0 || !removed.isEmpty()) {
				archive.changed();
			}
			DatabaseCompaction.afterRun(databaseUrl, report.count(IngestStatus.LOADED) + removed.size());
		}
		log.info("Loaded {} files, {} unchanged, {} skipped, {} failed, {} removed; {}",
				report.count(IngestStatus.LOADED), report.count(IngestStatus.UNCHANGED),
				report.count(IngestStatus.SKIPPED), report.count(IngestStatus.FAILED), removed.size(), timings);
	}

	/** Lists the folder's files in a stable order; a file that cannot be opened now is reported and kept. */
	private void walk(Path root, Map<Path, BasicFileAttributes> files, Set<String> present) {
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					// hidden folders such as .git hold no articles
					boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
					return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					files.put(file, attrs);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					String relative = relative(root, file);
					present.add(relative); // unreadable now is not gone: keep what was stored
					record(line(relative, IngestStatus.FAILED, "notOpened", String.valueOf(ex.getMessage())));
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			log.error("Reading the articles folder {} failed", root, ex);
		}
	}

	/** A file that could be an article now; what was stored for one that cannot (emptied, too large) goes. */
	private boolean loadable(Path file, BasicFileAttributes attrs) {
		return attrs.isRegularFile() && !attrs.isSymbolicLink() && reader(extension(file)).isPresent()
				&& !file.getFileName().toString().startsWith(".") && attrs.size() > 0
				&& attrs.size() <= properties.maxFileSize();
	}

	/**
	 * Reads and extracts the files on a second thread while this one stores them, several files to a transaction:
	 * a commit costs more than a small article. A batch that fails is stored again file by file, so one bad file
	 * still fails alone and the others of its batch load.
	 */
	private void loadAll(Path root, Map<Path, BasicFileAttributes> files, Map<String, StoredFile> known) {
		ExecutorService reading = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "kjnews-reader");
			thread.setDaemon(true);
			return thread;
		});
		store.beginRun();
		try {
			Deque<Future<Step>> ahead = new ArrayDeque<>();
			readyInBatch = 0;
			List<Step> batch = new ArrayList<>();
			for (Map.Entry<Path, BasicFileAttributes> entry : files.entrySet()) {
				Path file = entry.getKey();
				String relative = relative(root, file);
				StoredFile stored = known.get(relative);
				ahead.add(reading.submit(() -> prepare(root, file, relative, entry.getValue(), stored)));
				if (ahead.size() > READ_AHEAD) {
					take(ahead.poll(), batch);
				}
			}
			while (!ahead.isEmpty()) {
				take(ahead.poll(), batch);
			}
			storeBatch(batch);
		}
		finally {
			reading.shutdownNow();
			store.endRun();
		}
	}

	private void take(Future<Step> next, List<Step> batch) {
		Step step;
		try {
			step = next.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading the articles folder", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Reading an article failed unexpectedly", ex.getCause());
		}
		batch.add(step);
		// a batch also ends after many unchanged files, so that the report fills in as the run goes
		if (step instanceof Ready && ++readyInBatch >= BATCH_SIZE || batch.size() >= MAX_STEPS_IN_BATCH) {
			storeBatch(batch);
		}
	}

	/** Stores the batch's articles in one transaction (or one by one if that fails), then records every line. */
	private void storeBatch(List<Step> batch) {
		List<Ready> ready = batch.stream().filter(Ready.class::isInstance).map(Ready.class::cast).toList();
		Map<String, IngestLine> stored = new HashMap<>();
		if (!ready.isEmpty()) {
			long started = System.nanoTime();
			long startedCpu = THREADS.getCurrentThreadCpuTime();
			try {
				store.saveAll(ready.stream().map(Ready::toSave).toList());
				ready.forEach(r -> stored.put(r.relative(), loaded(r)));
			}
			catch (RuntimeException batchFailed) {
				log.debug("A batch of {} articles failed; storing them one by one", ready.size(), batchFailed);
				for (Ready r : ready) {
					stored.put(r.relative(), storeOne(r));
				}
			}
			timings.storing += System.nanoTime() - started;
			timings.storingCpu += THREADS.getCurrentThreadCpuTime() - startedCpu;
		}
		for (Step step : batch) {
			if (step instanceof Done done && done.line() != null) {
				record(done.line());
			}
			else if (step instanceof Restamp restamp) {
				store.restamp(restamp.relative(), restamp.stamp());
				record(line(restamp.relative(), IngestStatus.UNCHANGED, "unchanged"));
			}
			else if (step instanceof Ready r) {
				timings.reading += r.readNanos();
				timings.extracting += r.extractNanos();
				record(stored.get(r.relative()));
			}
		}
		batch.clear();
		readyInBatch = 0;
	}

	private IngestLine storeOne(Ready r) {
		try {
			store.saveAll(List.of(r.toSave()));
			return loaded(r);
		}
		catch (RuntimeException ex) {
			// the details (SQL, stack) go to the log; the curator gets a sentence
			log.warn("Could not store {}", r.relative(), ex);
			return line(r.relative(), IngestStatus.FAILED, "notStored");
		}
	}

	/**
	 * What reading one file came to: a line for the report (none for a metadata file, read with its article), a
	 * stamp to record, or an article to store.
	 */
	private sealed interface Step permits Done, Restamp, Ready {
	}

	private record Done(IngestLine line) implements Step {
	}

	private record Restamp(String relative, String stamp) implements Step {
	}

	private record Ready(String relative, boolean stored, String hash, String stamp, ParsedArticle article, Extraction entities,
			List<ExtractedMeeting> meetings, long readNanos, long extractNanos) implements Step {

		ArticleStore.Save toSave() {
			return new ArticleStore.Save(relative, stored, hash, stamp, article, entities, meetings);
		}

	}

	/** Runs on the reading thread: touches no database, only the file and the (stateless) extractors. */
	private Step prepare(Path root, Path file, String relative, BasicFileAttributes attrs, StoredFile stored) {
		IngestLine line = check(root, file, relative, attrs);
		if (line != null || ArticleMetadata.isMetadataFile(file)) {
			return new Done(line);
		}
		try {
			String stamp = stamp(file, attrs);
			if (stored != null && stamp.equals(stored.fileStamp())) {
				return new Done(line(relative, IngestStatus.UNCHANGED, "unchanged"));
			}
			return read(file, relative, reader(extension(file)).orElseThrow(), stored, stamp);
		}
		catch (UnreadableFileException ex) {
			return new Done(line(relative, IngestStatus.FAILED, ex.reason()));
		}
		catch (IOException ex) {
			log.warn("Could not read {}", relative, ex);
			return new Done(line(relative, IngestStatus.FAILED, "ioError", String.valueOf(ex.getMessage())));
		}
		catch (RuntimeException ex) {
			log.warn("Could not read {}", relative, ex);
			return new Done(line(relative, IngestStatus.FAILED, "readFailed"));
		}
	}

	/** A line for a file that is not read at all (a link, not a file, empty, too large…), or null. */
	private IngestLine check(Path root, Path file, String relative, BasicFileAttributes attrs) {
		if (attrs.isSymbolicLink()) {
			return line(relative, IngestStatus.SKIPPED, pointsInside(root, file) ? "linkInside" : "linkOutside");
		}
		if (!attrs.isRegularFile()) {
			return line(relative, IngestStatus.SKIPPED, "notRegular");
		}
		if (ArticleMetadata.isMetadataFile(file)) {
			return null; // read with its article: prepare() gives it no line
		}
		if (file.getFileName().toString().startsWith(".")) {
			return line(relative, IngestStatus.SKIPPED, "hidden");
		}
		Optional<ArticleReader> reader = reader(extension(file));
		if (reader.isEmpty()) {
			return line(relative, IngestStatus.SKIPPED, "notArticle");
		}
		if (attrs.size() == 0) {
			return line(relative, IngestStatus.SKIPPED, "empty");
		}
		if (attrs.size() > properties.maxFileSize()) {
			return line(relative, IngestStatus.SKIPPED, "tooLarge", attrs.size(), properties.maxFileSize());
		}
		return null;
	}

	private Step read(Path file, String relative, ArticleReader reader, StoredFile stored, String stamp)
			throws IOException, UnreadableFileException {
		String knownHash = stored == null ? null : stored.contentHash();
		long started = System.nanoTime();
		byte[] bytes = Files.readAllBytes(file);
		Path metaFile = ArticleMetadata.fileFor(file);
		// a metadata file that is a link is not followed, like any other link
		byte[] metaBytes = Files.isRegularFile(metaFile, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(metaFile)
				: new byte[0];
		String hash = sha256(pipeline, bytes, metaBytes);
		if (hash.equals(knownHash)) {
			return new Restamp(relative, stamp); // touched but not changed: next time the stamp will do
		}
		TextDecoder.Decoded decoded = reader.decode(bytes);
		if (decoded.text().isBlank()) {
			return new Done(line(relative, IngestStatus.SKIPPED, "blank"));
		}
		ParsedArticle article = reader.read(decoded.text());
		if (!article.hasBody()) {
			throw new UnreadableFileException("noBody");
		}
		if (decoded.warning() != null) {
			article = article.withWarning(decoded.warning());
		}
		if (metaBytes.length > 0) {
			try {
				article = ArticleMetadata.read(metaFile).applyTo(article);
			}
			catch (IllegalArgumentException ex) {
				article = article.withWarning(Note.of("metadataIgnored", ex.getMessage()));
			}
		}
		long extracting = System.nanoTime();
		ArticleText text = article.toArticleText();
		Extraction entities = extractor.extract(text);
		List<ExtractedMeeting> meetings = meetingExtractor.extract(text, entities);
		return new Ready(relative, stored != null, hash, stamp, article, entities, meetings, extracting - started,
				System.nanoTime() - extracting);
	}

	private void record(IngestLine line) {
		switch (line.status()) {
			case FAILED -> log.warn("{}: {} — {}", line.file(), line.status(), line.message());
			case SKIPPED -> log.info("{}: {} — {}", line.file(), line.status(), line.message());
			default -> log.debug("{}: {} — {}", line.file(), line.status(), line.message());
		}
		report.record(line);
	}

	private Optional<ArticleReader> reader(String extension) {
		return readers.stream().filter(r -> r.accepts(extension)).findFirst();
	}

	private IngestLine loaded(Ready r) {
		List<String> warnings = r.article().warnings();
		// an article stored before this run is updated, even when the report has no line of it yet (after a restart)
		String reason = r.stored() ? "updated" : "loaded";
		return warnings.isEmpty() ? line(r.relative(), IngestStatus.LOADED, reason)
				: line(r.relative(), IngestStatus.LOADED, reason + "WithNotes", String.join(NoteText.BETWEEN, warnings));
	}

	/**
	 * A line of the report: the reason is a key under {@code ingest.reason.} in the message bundles, so the report
	 * page speaks the reader's language; the English sentence goes to the log and the API.
	 */
	private IngestLine line(String file, IngestStatus status, String reason, Object... args) {
		String message = messages.getMessage("ingest.reason." + reason, notes.args(args, Locale.ENGLISH),
				Locale.ENGLISH);
		return new IngestLine(file, status, reason, List.of(args), message, Instant.now());
	}

	/**
	 * The pipeline, size and modification time of the file and of its metadata file: when all are as they were
	 * at the last load, the file is unchanged without reading it, so a restart over a large folder reads nothing.
	 */
	private String stamp(Path file, BasicFileAttributes attrs) throws IOException {
		Path metaFile = ArticleMetadata.fileFor(file);
		String meta = Files.isRegularFile(metaFile, LinkOption.NOFOLLOW_LINKS)
				? Files.size(metaFile) + ":" + Files.getLastModifiedTime(metaFile, LinkOption.NOFOLLOW_LINKS)
				: "-";
		// the full FileTime keeps the file system's precision (nanoseconds here), not just milliseconds
		return pipeline + "|" + attrs.size() + ":" + attrs.lastModifiedTime() + "|" + meta;
	}

	private static boolean pointsInside(Path root, Path link) {
		try {
			return link.toRealPath().startsWith(root.toRealPath());
		}
		catch (IOException ex) {
			return false; // a broken link points nowhere in the folder
		}
	}

	private static String relative(Path root, Path file) {
		return root.relativize(file).toString().replace(File.separatorChar, '/');
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String sha256(String pipeline, byte[] content, byte[] metadata) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(pipeline.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(content);
			digest.update((byte) 0);
			digest.update(metadata);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
