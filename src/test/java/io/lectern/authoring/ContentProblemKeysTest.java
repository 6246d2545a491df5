package io.lectern.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem the checkers give is worded in the {@code content-problems} bundle, and every
 * sentence there is one a checker gives: a key mistyped in the code would fail only when an author
 * makes that mistake, and a sentence left behind would be translated for nothing.
 */
class ContentProblemKeysTest {

	/** A key as the code writes it, in quotes. */
	private static final Pattern KEY = Pattern.compile("\"(problem\\.[a-z]+\\.[A-Za-z]+)\"");

	/** Keys the code forms by adding this to another key: a missing file that is there, but outside its course. */
	private static final String OUTSIDE = "OutsideCourse";

	@Test
	void everyKeyTheCodeGivesIsWorded() {
		Set<String> unworded = new TreeSet<>(keysInCode());
		unworded.removeIf(ProblemWording::has);
		assertThat(unworded).isEmpty();
	}

	@Test
	void everySentenceIsOneTheCodeGives() throws IOException {
		Set<String> used = keysInCode();
		Properties english = new Properties();
		try (var in = getClass().getClassLoader().getResourceAsStream(ProblemWording.BUNDLE)) {
			english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Set<String> unused = new TreeSet<>(english.stringPropertyNames());
		unused.removeIf(key -> used.contains(key) || key.endsWith(OUTSIDE) && used.contains(key.substring(0, key.length() - OUTSIDE.length())));
		assertThat(unused).isEmpty();
	}

	/**
	 * A checker's call that reports a problem (on {@code Problems}, a directive's or a link's warning)
	 * names a key: a sentence written into it would compile, and fail only when an author met it.
	 */
	@Test
	void noCheckerWritesASentenceIntoAProblem() throws IOException {
		Pattern call = Pattern.compile("\\b(\\w+)(?:\\(\\))?\\.(?:error|warning|warn)\\(([^;]*)\\);");
		Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
		Set<String> sentences = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher found = call.matcher(Files.readString(file));
				while (found.find()) {
					if (found.group(1).equalsIgnoreCase("log") || found.group(1).equals("logger")) {
						continue;
					}
					Matcher text = literal.matcher(found.group(2));
					while (text.find()) {
						if (text.group(1).matches(".*\\p{L} \\p{L}.*")) {
							sentences.add(file.getFileName() + ": " + text.group(1));
						}
					}
				}
			}
		}
		assertThat(sentences).isEmpty();
	}

	@Test
	void aProblemReadsInEnglishWithItsArguments() {
		ContentProblem problem = ContentProblem.warning("notes/a.md", 4, "problem.quiz.draw", 5, 1);

		assertThat(problem).hasToString("notes/a.md:4: warning: Cannot draw 5 of 1 question");
		assertThat(ContentProblem.error("c.yml", 2, "problem.yaml.invalid", (Object) null).message()).isEqualTo("Invalid YAML: ");
	}

	private static Set<String> keysInCode() {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher key = KEY.matcher(Files.readString(file));
				while (key.find()) {
					keys.add(key.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(keys).as("keys found in the code").hasSizeGreaterThan(100);
		return keys;
	}
}
