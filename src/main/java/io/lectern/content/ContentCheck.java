package io.lectern.content;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.math.Formulas;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code java -jar lectern.jar --validate /path/to/content}: loads, validates and renders a content
 * folder exactly as the portal would, prints every error and warning with its file and line, and
 * answers with an exit code instead of starting a server: 1 when there are errors, else 0; with
 * {@code --strict}, 1 on warnings too, for an author's CI; 1 as well when the folder holds no course.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	/**
	 * @param definitionChecks checks of what other modules define in the folder (quizzes...), run
	 *     against the loaded catalog
	 * @param strict whether warnings fail the check as errors do
	 */
	public static int run(Path folder, PrintStream out, List<Function<Catalog, List<ContentProblem>>> definitionChecks,
			boolean strict) {
		if (!Files.isDirectory(folder)) {
			out.println(folder + ": not a folder");
			return 1;
		}
		long started = System.nanoTime();
		LoadResult result = new CatalogLoader(formulas()).load(new DirectoryTree(folder));
		List<ContentProblem> problems = new ArrayList<>(result.problems());
		definitionChecks.forEach(check -> problems.addAll(check.apply(result.catalog())));
		long millis = (System.nanoTime() - started) / 1_000_000;
		problems.forEach(out::println);
		int courses = result.catalog().courses().size();
		if (courses == 0 && problems.isEmpty()) {
			// A wrong path checks nothing; "no errors" would read as a pass in the author's CI.
			out.println("No course found in " + folder.toAbsolutePath().normalize()
					+ ": nothing was checked (a course is a folder of lessons, see docs/authoring.md)");
			return 1;
		}
		long errors = problems.stream().filter(ContentProblem::isError).count();
		long warnings = problems.size() - errors;
		out.printf("Checked %d course%s, %d lessons in %d ms: %s, %s%n", courses, courses == 1 ? "" : "s",
				result.catalog().lessonCount(), millis, count(errors, "error"), count(warnings, "warning"));
		return errors > 0 || (strict && warnings > 0) ? 1 : 0;
	}

	private static String count(long n, String noun) {
		return (n == 0 ? "no" : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
	}

	/** Formulas kept where the portal keeps them ({@code LECTERN_DATA_DIR}), so a check renders only new ones. */
	private static Formulas formulas() {
		String dataDir = System.getenv().getOrDefault("LECTERN_DATA_DIR", "./data");
		return Formulas.cachedIn(Path.of(dataDir.isBlank() ? "./data" : dataDir, "math-cache"));
	}
}
