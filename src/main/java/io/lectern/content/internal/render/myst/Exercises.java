package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * sphinx-exercise's {@code exercise} (numbered per lesson unless {@code :nonumber:} or mystmd's
 * {@code :enumerated: false}, an optional title, {@code :label:}, {@code :hidden:}) and
 * {@code solution}, whose argument is its exercise's label and which is folded until the learner
 * opens it. Both also come in the gated form,
 * {@code exercise-start} ... {@code exercise-end}, around content of any kind.
 */
final class Exercises {

	private Exercises() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		kinds.put("exercise", DirectiveKind.titled(Exercises::exercise));
		kinds.put("exercise-start", DirectiveKind.titled(Exercises::exercise));
		kinds.put("solution", Exercises::solution);
		kinds.put("solution-start", Exercises::solution);
	}

	private static Node exercise(Directive directive, Expansion expansion) {
		if (directive.options().containsKey("hidden")) {
			return null;
		}
		LabelledElement exercise = new LabelledElement("div", "exercise", Labelled.Kind.EXERCISE, directive.label(),
				!directive.flag("nonumber") && directive.enumerated(), directive.argument);
		NumberedBoxes.fill(exercise, directive, expansion, "exercise");
		expansion.addExercise(exercise);
		return exercise;
	}

	private static Node solution(Directive directive, Expansion expansion) {
		if (directive.options().containsKey("hidden")) {
			return null;
		}
		String label = directive.argument.strip();
		LabelledElement exercise = expansion.exercise(label);
		Element solution = new Solution(directive.label(), exercise, expansion.words).withClasses(directive.option("class"));
		Element summary = new Element("summary", "solution-title");
		if (exercise == null) {
			expansion.warn(directive, label.isEmpty() ? "problem.directive.solutionUnlabelled"
					: "problem.directive.noExercise", label);
			summary.appendChild(new Text(expansion.words.word("solution")));
		}
		else {
			// "Solution to {0}" in English, "{0} の解答" in Japanese: the exercise goes where its language puts it.
			String[] around = expansion.words.word("solution.to").split("\\{0}", -1);
			if (!around[0].isEmpty()) {
				summary.appendChild(new Text(around[0]));
			}
			summary.appendChild(new ExerciseReference(exercise, expansion.words));
			if (around.length > 1 && !around[1].isEmpty()) {
				summary.appendChild(new Text(around[1]));
			}
		}
		solution.appendChild(summary);
		expansion.appendBody(solution, directive);
		return solution;
	}
}
