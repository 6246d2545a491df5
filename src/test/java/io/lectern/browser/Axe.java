package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from the local npm copy next to the journeys, run on the page a browser shows. Pages
 * may have no serious or critical violation; milder findings are printed for whoever reads the
 * build log.
 */
final class Axe {

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	/** Each violation reduced to what a report needs, so the driver hands back plain maps and lists. */
	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
			  done(results.violations.map(function (v) {
			    return { id: v.id, impact: v.impact || 'none', help: v.help,
			      nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' :: ' + n.html.slice(0, 160); }) };
			  }));
			}).catch(function (error) { done('axe failed: ' + error); });
			""";

	private static String source;

	private Axe() {
	}

	/** Checks the page now showing, named {@code page} in the messages. */
	static void check(WebDriver driver, String page) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// Script run through WebDriver is not subject to the page's Content-Security-Policy, so the
		// portal's script-src 'self' does not stop the injection; the check below proves it ran.
		js.executeScript(source());
		assertThat(js.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))
			.as("axe-core injected into %s", page)
			.isEqualTo(true);
		Object outcome = js.executeAsyncScript(RUN);
		assertThat(outcome).as("axe-core run on %s", page).isInstanceOf(List.class);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) outcome;
		violations.stream()
			.filter(v -> !BLOCKING.contains(v.get("impact")))
			.forEach(v -> System.out.println("axe on " + page + ": " + describe(v)));
		assertThat(violations.stream().filter(v -> BLOCKING.contains(v.get("impact"))).map(Axe::describe))
			.as("serious or critical accessibility violations on %s", page)
			.isEmpty();
	}

	private static String describe(Map<String, Object> violation) {
		return violation.get("impact") + " " + violation.get("id") + " (" + violation.get("help") + ") at "
				+ violation.get("nodes");
	}

	private static synchronized String source() {
		if (source == null) {
			Path file = Paths.get(Chromium.setting("lectern.axe", "LECTERN_AXE",
					"src/test/browser/node_modules/axe-core/axe.min.js"));
			try {
				source = Files.readString(file, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No axe-core at " + file.toAbsolutePath()
						+ ": run npm ci in src/test/browser, or build with -Pbrowser, which does", ex);
			}
		}
		return source;
	}
}
