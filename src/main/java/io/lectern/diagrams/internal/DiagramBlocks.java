package io.lectern.diagrams.internal;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.diagrams.AccessScenario;
import io.lectern.diagrams.DiagramWords;
import io.lectern.diagrams.Diagrams;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fenced blocks in lessons that become diagrams. The block's body holds its options as YAML:
 *
 * <pre>
 * ```responsibility
 * model: container      # one model alone (default: all three side by side)
 * highlight: EMR        # pick out a service; alone, it draws the service's model
 * compare: all          # with highlight: all models, the service's column picked out
 * diagram: aws          # which responsibility model (default: the bundled AWS one)
 * ```
 *
 * ```access
 * scenario: noc-vs-developer   # which access scenario (required)
 * ```
 * </pre>
 */
public final class DiagramBlocks {

	public static final Set<String> LANGUAGES = Set.of("responsibility", "access");

	private static final Map<String, List<String>> OPTIONS = Map.of("responsibility",
			List.of("model", "highlight", "compare", "diagram"), "access", List.of("scenario"));

	private DiagramBlocks() {
	}

	public static Optional<String> render(Diagrams diagrams, String language, String body, String file, int line,
			Problems problems, String id, DiagramWords words) {
		if (!LANGUAGES.contains(language)) {
			return Optional.empty();
		}
		// A block that cannot be drawn is left out of a lesson that still renders: a warning.
		Problems found = new Problems();
		Optional<String> html = draw(diagrams, language, body, file, line, found, id, words);
		found.sorted().forEach(problem -> problems.warning(problem.file(), problem.line(), problem.key(), problem.argumentArray()));
		return html;
	}

	private static Optional<String> draw(Diagrams diagrams, String language, String body, String file, int line,
			Problems problems, String id, DiagramWords words) {
		int before = problems.count();
		Optional<YamlMap> parsed = YamlMap.parse(body, file, line + 1, problems);
		if (parsed.isEmpty()) {
			return Optional.of("");
		}
		YamlMap options = parsed.get();
		List<String> known = OPTIONS.get(language);
		options.keys()
			.stream()
			.filter(key -> !known.contains(key))
			.forEach(key -> problems.error(file, options.line(key), "problem.diagram.unknownOption", key, language,
					String.join(", ", known)));
		Optional<String> html = language.equals("access") ? access(diagrams, options, line, id, words)
				: responsibility(diagrams, options, line, id, words);
		return Optional.of(problems.count() > before ? "" : html.orElse(""));
	}

	private static Optional<String> responsibility(Diagrams diagrams, YamlMap options, int line, String id,
			DiagramWords words) {
		Optional<String> compare = options.string("compare");
		compare.filter(value -> !value.equals("all"))
			.ifPresent(value -> report(options, options.line("compare"), "problem.diagram.compare"));
		String name = options.string("diagram").orElse(Diagrams.AWS);
		Optional<ResponsibilityModel> model = diagrams.responsibility(name);
		if (model.isEmpty()) {
			report(options, options.line("diagram"), "problem.diagram.noDiagram", name);
			return Optional.empty();
		}
		try {
			ResponsibilityView view = model.get()
				.view(options.string("model"), options.string("highlight"), compare.isPresent());
			return Optional.of(figure(diagrams.inlineSvg(model.get(), view, id, words), diagrams.table(model.get(), view, words),
					id, words));
		}
		catch (ResponsibilityModel.WrongChoice wrongName) {
			report(options, line, wrongName.key(), wrongName.arguments());
			return Optional.empty();
		}
	}

	private static Optional<String> access(Diagrams diagrams, YamlMap options, int line, String id, DiagramWords words) {
		Optional<String> name = options.string("scenario");
		Optional<AccessScenario> scenario = name.flatMap(diagrams::access);
		if (scenario.isEmpty()) {
			String scenarios = String.join(", ", diagrams.accessIds());
			if (name.isPresent()) {
				report(options, options.line("scenario"), "problem.diagram.noScenario", name.get(), scenarios);
			}
			else {
				report(options, line, "problem.diagram.scenarioMissing", scenarios);
			}
			return Optional.empty();
		}
		return Optional.of(figure(diagrams.inlineSvg(scenario.get(), id, words), diagrams.table(scenario.get(), words), id,
				words));
	}

	private static void report(YamlMap options, int line, String key, Object... arguments) {
		options.problems().error(options.file(), line, key, arguments);
	}

	/** The drawing, scrolling sideways on a narrow screen, and its table one click away. */
	static String figure(String svg, String table, String id, DiagramWords words) {
		return new Markup().open("figure", "class", "diagram-figure", "id", id)
			.open("div", "class", "diagram-scroll")
			.raw(svg)
			.close("div")
			.open("details", "class", "diagram-table")
			.element("summary", words.word("diagram.showAsTable"))
			.raw(table)
			.close("details")
			.close("figure")
			.newline()
			.toString();
	}
}
