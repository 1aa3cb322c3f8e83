package org.kjnews.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.kjnews.system.KjNewsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the folder again when files are added, changed or removed while the application runs. The operating
 * system tells of changes (inotify on Linux); once the folder has been still for the quiet period, the loader
 * runs as at start-up, so only the files whose size or time changed are read, and removed files take their
 * articles with them. Waiting for stillness means a file being written is read once it is complete.
 */
@Component
@ConditionalOnProperty(name = "kjnews.ingest.enabled", havingValue = "true", matchIfMissing = true)
@Order(2)
class FolderWatcher implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

	private static final long POLL_MILLIS = 200;

	private final KjNewsProperties properties;

	private final FolderIngester ingester;

	private volatile WatchService watcher;

	private Thread thread;

	FolderWatcher(KjNewsProperties properties, FolderIngester ingester) {
		this.properties = properties;
		this.ingester = ingester;
	}

	/** Starts after the first load (IngestOnStartup is order 1). */
	@Override
	public void run(ApplicationArguments args) throws IOException {
		Path root = properties.seedsDir().toAbsolutePath().normalize();
		if (!properties.watch()) {
			return;
		}
		if (!Files.isDirectory(root)) {
			log.warn("Not watching {}: it is not a folder", root);
			return;
		}
		watcher = FileSystems.getDefault().newWatchService();
		registerAll(root);
		thread = new Thread(() -> watch(root), "kjnews-folder-watcher");
		thread.setDaemon(true);
		thread.start();
		log.info("Watching {} for added, changed and removed articles", root);
	}

	@PreDestroy
	void stop() throws IOException {
		if (watcher != null) {
			watcher.close();
		}
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void watch(Path root) {
		long quiet = properties.watchQuietPeriod().toMillis();
		long lastChange = 0;
		boolean pending = false;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watcher.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
				if (key != null) {
					for (WatchEvent<?> event : key.pollEvents()) {
						if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
							Path created = dir.resolve((Path) event.context());
							if (Files.isDirectory(created) && !hidden(root, created)) {
								registerAll(created); // a new sub-folder: watch it, and read what it already holds
							}
						}
					}
					key.reset();
					pending = true;
					lastChange = System.currentTimeMillis();
				}
				else if (pending && System.currentTimeMillis() - lastChange >= quiet) {
					pending = false;
					ingestQuietly();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ClosedWatchServiceException ex) {
			// the application is stopping
		}
		catch (IOException ex) {
			log.error("Watching {} stopped; restart the application to read new files", root, ex);
		}
	}

	private void ingestQuietly() {
		try {
			ingester.ingestAll();
		}
		catch (RuntimeException | Error ex) {
			// whatever went wrong, the watcher must live on: the next change tries again
			log.error("Reading the folder after a change failed", ex);
		}
	}

	private void registerAll(Path start) throws IOException {
		Files.walkFileTree(start, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
					return FileVisitResult.SKIP_SUBTREE; // hidden folders such as .git hold no articles
				}
				try {
					dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
							StandardWatchEventKinds.ENTRY_MODIFY);
				}
				catch (IOException ex) {
					// gone again already, or the system's limit of watches reached: the rest is still watched
					log.warn("Cannot watch {}: {}", dir, ex.getMessage());
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				return FileVisitResult.CONTINUE; // the loader reports it
			}
		});
	}

	/** A folder whose own name, or any parent's below the root, starts with a dot (such as {@code sub/.git}). */
	private static boolean hidden(Path root, Path dir) {
		for (Path part : root.relativize(dir)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
