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
 * {@code java -jar lectern.jar --validate=/path/to/content}: loads, validates and renders a content
 * folder exactly as the portal would, prints every problem with its file and line, and answers
 * with an exit code (0 clean, 1 problems) instead of starting a server.
 */
public final class ContentCheck {

	private ContentCheck() {
	}

	/**
	 * @param definitionChecks checks of what other modules define in the folder (quizzes...), run
	 *     against the loaded catalog
	 */
	public static int run(Path folder, PrintStream out, List<Function<Catalog, List<ContentProblem>>> definitionChecks) {
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
		long errors = problems.stream().filter(ContentProblem::isError).count();
		long warnings = problems.size() - errors;
		out.printf("Checked %d course%s, %d lessons in %d ms: %s%s%n", courses, courses == 1 ? "" : "s",
				result.catalog().lessonCount(), millis, errors == 0 ? "no errors" : errors + " errors",
				warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
		// Warnings mark pages that still render (a formula that does not parse): worth fixing, not failing on.
		return errors == 0 ? 0 : 1;
	}

	/** Formulas kept where the portal keeps them ({@code LECTERN_DATA_DIR}), so a check renders only new ones. */
	private static Formulas formulas() {
		String dataDir = System.getenv().getOrDefault("LECTERN_DATA_DIR", "./data");
		return Formulas.cachedIn(Path.of(dataDir.isBlank() ? "./data" : dataDir, "math-cache"));
	}
}
