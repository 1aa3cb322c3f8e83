package org.kjnews.browser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu, the checker behind validator.w3.org/nu) on a string of HTML, with the schema its command
 * line uses. Its jars are copied to {@code target/vnu} by the build (pom.xml) and loaded in a class loader of their
 * own, beside nothing but the JDK; the schemas ship inside them, so it needs no network.
 */
final class NuChecker {

	static final Path JARS = Path.of("target", "vnu");

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	record Report(List<String> errors, List<String> warnings) {
	}

	private final ClassLoader loader;

	private final Object validator;

	private final Method check;

	private List<String> errors = new ArrayList<>();

	private List<String> warnings = new ArrayList<>();

	private String[] lines = {};

	NuChecker() {
		this.loader = loader();
		ErrorHandler handler = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
				warnings.add(describe(ex));
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(describe(ex));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add(describe(ex));
			}
		};
		this.validator = inLoader(() -> {
			Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
			Object instance = type.getConstructor(boolean.class, boolean.class, boolean.class)
				.newInstance(true, false, false);
			type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(instance, SCHEMA, handler);
			type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
				.invoke(instance, handler, true, false);
			return instance;
		});
		try {
			this.check = validator.getClass().getMethod("checkHtmlInputSource", InputSource.class);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ClassLoader loader() {
		try (Stream<Path> files = Files.list(JARS)) {
			URL[] jars = files.filter(f -> f.toString().endsWith(".jar")).map(NuChecker::url).toArray(URL[]::new);
			if (jars.length == 0) {
				throw new IllegalStateException("no jars in " + JARS);
			}
			return new URLClassLoader("vnu", jars, ClassLoader.getPlatformClassLoader());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Nu HTML Checker is copied to " + JARS.toAbsolutePath()
					+ " by the Maven build (generate-test-resources): run the tests through ./mvnw", ex);
		}
	}

	private static URL url(Path jar) {
		try {
			return jar.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	synchronized Report check(String html) {
		errors = new ArrayList<>();
		warnings = new ArrayList<>();
		lines = html.split("\n", -1);
		inLoader(() -> check.invoke(validator, new InputSource(new StringReader(html))));
		return new Report(List.copyOf(errors), List.copyOf(warnings));
	}

	private String describe(SAXParseException ex) {
		int line = ex.getLineNumber();
		String source = line > 0 && line <= lines.length ? lines[line - 1].strip() : "";
		if (source.length() > 160) {
			source = source.substring(0, 160) + "…";
		}
		return "  line " + line + ": " + ex.getMessage() + (source.isEmpty() ? "" : "\n      " + source);
	}

	private interface Call {

		Object call() throws Exception;

	}

	private Object inLoader(Call call) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return call.call();
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("The Nu HTML Checker failed", ex.getCause());
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not start", ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

}
