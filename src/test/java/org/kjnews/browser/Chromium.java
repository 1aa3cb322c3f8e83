package org.kjnews.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Debian's Chromium driven by Debian's ChromeDriver: both paths are given, so Selenium Manager never runs and nothing
 * is downloaded. Headless, with a fresh profile in a temporary folder, and without any of Chromium's own traffic
 * (updates, sync, safe browsing lists), so every request it makes is one a page asked for.
 */
final class Chromium implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Addresses that never leave the browser (its own pages, inline data). */
	private static final Pattern INTERNAL = Pattern.compile("(?i)(chrome|chrome-untrusted|about|data|blob|devtools):");

	final ChromeDriver driver;

	private final Path profile;

	private final ChromeDriverService service;

	private Chromium(boolean javascript) {
		try {
			this.profile = Files.createTempDirectory("kjnews-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-default-apps", "--disable-extensions", "--no-default-browser-check", "--hide-scrollbars",
				"--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
		// an alert stays open for the test to find (ScriptInjectionTest) instead of being dismissed
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
			options.addArguments("--blink-settings=scriptEnabled=false");
		}
		// every request of the page as Chromium's DevTools network events (ChromeDriver's performance log), and the console
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.withLogOutput(java.io.OutputStream.nullOutputStream())
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
		// forget the start page's traffic and console
		driver.get("about:blank");
		traffic();
		consoleErrors();
	}

	/** Skips the calling test class (with the reason) where Debian's Chromium and ChromeDriver are not installed. */
	static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
				"Browser tests skipped: they need Debian's Chromium and ChromeDriver at " + BINARY + " and " + DRIVER
						+ " (apt-get install chromium chromium-driver); .ci/run installs them");
	}

	static Chromium start() {
		assumeInstalled();
		return new Chromium(true);
	}

	static Chromium withoutJavaScript() {
		assumeInstalled();
		return new Chromium(false);
	}

	/** Waits (up to 10 s) for the navigation that a click or a key started to reach an address containing this. */
	void waitForAddress(String part) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	/** Lays the page out at this width (CSS pixels), as a phone or a desktop browser would. */
	void width(int width) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
				"deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** A PNG of the whole page (not just the window) at the width set, under target/screenshots. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
			@SuppressWarnings("unchecked")
			Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
			double width = ((Number) viewport.get("clientWidth")).doubleValue();
			double height = Math.min(((Number) content.get("height")).doubleValue(), 12000);
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true,
							"clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the browser asked for since the last look, and what of it failed (an HTTP error or no answer). */
	record Traffic(List<URI> requested, List<String> failed) {
	}

	/**
	 * Every request the page made since the last call (the document, styles, images, icons, scripts), from
	 * Chromium's own network events.
	 */
	Traffic traffic() {
		List<URI> requested = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		Map<String, String> urls = new HashMap<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" -> {
					String url = params.path("request").path("url").asString("");
					urls.put(params.path("requestId").asString(), url);
					if (!INTERNAL.matcher(url).lookingAt()) {
						requested.add(URI.create(url));
					}
				}
				case "Network.responseReceived" -> {
					int status = params.path("response").path("status").asInt();
					if (status >= 400) {
						failed.add(status + " " + params.path("response").path("url").asString());
					}
				}
				case "Network.loadingFailed" -> failed.add(params.path("errorText").asString() + " "
						+ urls.getOrDefault(params.path("requestId").asString(), "?"));
				default -> {
				}
			}
		}
		return new Traffic(requested, failed);
	}

	/** Errors the page logged in the console since the last call (a blocked resource, a script error, ...). */
	List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.stop();
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
