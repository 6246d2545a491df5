package io.lectern.content.internal.load;

import io.lectern.authoring.Problems;
import io.lectern.authoring.QuizId;
import io.lectern.authoring.YamlMap;
import io.lectern.content.CertificateRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code course.yml}'s {@code certificate:}: {@code false} or absent (no certificate),
 * {@code true} (on completing the course), or rules ({@code requires:} a list of quiz ids,
 * optionally {@code min_percent:}). A value it cannot read is an error, and the course then
 * awards no certificate rather than one the author did not mean.
 */
final class CertificateRules {

	private static final String KEY = "certificate";

	private CertificateRules() {
	}

	static CertificateRule read(YamlMap manifest) {
		Optional<Node> value = manifest.value(KEY);
		if (value.isEmpty()) {
			return CertificateRule.NONE;
		}
		Node node = value.get();
		if (node instanceof ScalarNode scalar) {
			return switch (scalar.getValue().trim().toLowerCase(Locale.ROOT)) {
				case "true" -> CertificateRule.ON_COMPLETION;
				case "false", "" -> CertificateRule.NONE;
				default -> bad(manifest, manifest.lineOf(node), "problem.certificate.notRules", scalar.getValue().trim());
			};
		}
		if (!(node instanceof MappingNode)) {
			return bad(manifest, manifest.lineOf(node), "problem.certificate.list");
		}
		YamlMap rules = manifest.asMap(node, KEY).orElseThrow();
		Problems problems = manifest.problems();
		int before = problems.count();
		rules.allowOnly("requires", "min_percent");
		List<QuizId> quizzes = new ArrayList<>();
		for (Node item : rules.list("requires")) {
			rules.scalar(item, "requires").ifPresent(text -> QuizId.read(text).ifPresentOrElse(quizzes::add,
					() -> problems.error(rules.file(), rules.lineOf(item), "problem.certificate.notQuizId", text)));
		}
		OptionalInt minPercent = rules.string("min_percent").map(text -> percent(rules, text)).orElse(OptionalInt.empty());
		if (rules.has("min_percent") && quizzes.isEmpty()) {
			problems.error(rules.file(), rules.line("min_percent"),
					"problem.certificate.percentAlone");
		}
		if (problems.count() > before) {
			return CertificateRule.NONE;
		}
		return quizzes.isEmpty() ? CertificateRule.ON_COMPLETION
				: new CertificateRule(true, quizzes, minPercent, rules.file(), rules.line("requires"));
	}

	private static OptionalInt percent(YamlMap rules, String text) {
		try {
			int percent = Integer.parseInt(text);
			if (percent >= 0 && percent <= 100) {
				return OptionalInt.of(percent);
			}
		}
		catch (NumberFormatException ex) {
			// Reported below, as any other value out of range.
		}
		rules.problems().error(rules.file(), rules.line("min_percent"),
				"problem.certificate.percent", text);
		return OptionalInt.empty();
	}

	private static CertificateRule bad(YamlMap manifest, int line, String key, Object... arguments) {
		manifest.problems().error(manifest.file(), line, key, arguments);
		return CertificateRule.NONE;
	}
}
