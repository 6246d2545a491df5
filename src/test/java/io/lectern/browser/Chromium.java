package io.lectern.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by the chromedriver installed next to it, so nothing is ever
 * downloaded: both paths come from a system property, then an environment variable, then the
 * Debian default. One browser serves the whole test run (starting one costs seconds); each test
 * starts without cookies, so without a session, at the default window size. When a test fails,
 * the page it was on is saved as a screenshot named after the test.
 */
public final class Chromium implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final Namespace NAMESPACE = Namespace.create(Chromium.class);

	private ChromeDriver driver;

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		// Kept in the root store, which JUnit closes (and so quits the browser) after the last test.
		driver = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Session.class, key -> Session.start(), Session.class).driver;
	}

	@Override
	public void afterTestExecution(ExtensionContext context) {
		if (context.getExecutionException().isPresent() && driver != null) {
			screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName());
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (driver == null) {
			return;
		}
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
		stopEmulating();
		// A theme or a language a test chose ends with it: empty values clear the overrides.
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
		driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", "", "acceptLanguage", ""));
		driver.get("about:blank");
		driver = null;
	}

	/** The browser and its throwaway profile folder. */
	private static final class Session implements AutoCloseable {

		private final ChromeDriver driver;
		private final Path profile;

		private Session(ChromeDriver driver, Path profile) {
			this.driver = driver;
			this.profile = profile;
		}

		static Session start() {
			String chromedriver = setting("lectern.chromedriver", "LECTERN_CHROMEDRIVER", "/usr/bin/chromedriver");
			String chromium = setting("lectern.chromium", "LECTERN_CHROMIUM", "/usr/bin/chromium");
			// Selenium looks for a driver itself (and may fetch one) unless it is told where the driver is.
			System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);
			Path profile;
			try {
				profile = Files.createTempDirectory("lectern-chromium-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(chromium);
			// Root in a container needs --no-sandbox; the rest keeps Chromium from reaching out to the network.
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(20));
			return new Session(driver, profile);
		}

		@Override
		public void close() throws IOException {
			try {
				driver.quit();
			}
			finally {
				try (Stream<Path> files = Files.walk(profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}
	}

	/** Saves what the browser shows now as {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Shows the pages as a phone of this width (CSS pixels) does, touch and all. */
	public void emulatePhone(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
		driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
	}

	/**
	 * Shows the pages as a browser whose language is {@code tag} does: the {@code Accept-Language} it
	 * sends and {@code navigator.language}. The browser stays one for the whole run, so the language
	 * is switched here, not given at start-up as {@code --lang}.
	 */
	public void speak(String tag) {
		driver.executeCdpCommand("Emulation.setUserAgentOverride",
				Map.of("userAgent", String.valueOf(driver.executeScript("return navigator.userAgent")), "acceptLanguage", tag));
	}

	/** Back to the desktop window the browser started with, after {@link #emulatePhone}. */
	public void stopEmulating() {
		driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
	}

	static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return value == null || value.isBlank() ? fallback : value;
	}
}
