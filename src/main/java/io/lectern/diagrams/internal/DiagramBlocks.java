package io.lectern.diagrams.internal;

import io.lectern.authoring.Problems;
import io.lectern.authoring.YamlMap;
import io.lectern.diagrams.Diagrams;
import io.lectern.diagrams.ResponsibilityModel;
import io.lectern.diagrams.ResponsibilityView;
import java.util.List;
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
 * </pre>
 */
public final class DiagramBlocks {

	public static final Set<String> LANGUAGES = Set.of("responsibility");

	private static final List<String> OPTIONS = List.of("model", "highlight", "compare", "diagram");

	private DiagramBlocks() {
	}

	public static Optional<String> render(Diagrams diagrams, String language, String body, String file, int line,
			Problems problems, String id) {
		if (!LANGUAGES.contains(language)) {
			return Optional.empty();
		}
		int before = problems.count();
		Optional<YamlMap> parsed = YamlMap.parse(body, file, line + 1, problems);
		if (parsed.isEmpty()) {
			return Optional.of("");
		}
		YamlMap options = parsed.get();
		options.keys()
			.stream()
			.filter(key -> !OPTIONS.contains(key))
			.forEach(key -> problems.add(file, options.line(key), "Unknown option \"" + key + "\" in a " + language
					+ " block; the options are: " + String.join(", ", OPTIONS)));
		Optional<String> compare = options.string("compare");
		compare.filter(value -> !value.equals("all"))
			.ifPresent(value -> problems.add(file, options.line("compare"), "\"compare\" can only be \"all\""));
		String name = options.string("diagram").orElse(Diagrams.AWS);
		Optional<ResponsibilityModel> model = diagrams.responsibility(name);
		if (model.isEmpty()) {
			problems.add(file, options.line("diagram"), "No responsibility diagram \"" + name + "\"");
		}
		if (problems.count() > before || model.isEmpty()) {
			return Optional.of("");
		}
		try {
			ResponsibilityView view = model.get()
				.view(options.string("model"), options.string("highlight"), compare.isPresent());
			return Optional.of(figure(diagrams.inlineSvg(model.get(), view, id), diagrams.table(model.get(), view), id));
		}
		catch (IllegalArgumentException wrongName) {
			problems.add(file, line, wrongName.getMessage());
			return Optional.of("");
		}
	}

	/** The drawing, scrolling sideways on a narrow screen, and its table one click away. */
	static String figure(String svg, String table, String id) {
		return new Markup().open("figure", "class", "diagram-figure", "id", id)
			.open("div", "class", "diagram-scroll")
			.raw(svg)
			.close("div")
			.open("details", "class", "diagram-table")
			.element("summary", "Show as table")
			.raw(table)
			.close("details")
			.close("figure")
			.newline()
			.toString();
	}
}
