package org.kjnews.search;

import java.io.IOException;

/**
 * The main class of the OpenSearch node JVM that {@link OpenSearchNode} starts: it runs the node and ends the JVM
 * when the test JVM that started it is gone (its standard input closes), so a killed build leaves no node behind.
 * Compiled with the tests but run on the node's own class path; OpenSearch is reached by name only.
 */
final class OpenSearchNodeMain {

	private OpenSearchNodeMain() {
	}

	public static void main(String[] args) throws Exception {
		Thread watchdog = new Thread(() -> {
			try {
				while (System.in.read() >= 0) {
					// nothing is sent; the stream only ends
				}
			}
			catch (IOException ex) {
				// the same: the parent is gone
			}
			System.exit(0);
		}, "parent-watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		Class.forName("org.codelibs.opensearch.runner.OpenSearchRunner")
			.getMethod("main", String[].class)
			.invoke(null, (Object) args);
	}

}
