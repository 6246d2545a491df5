package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.Labelled;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * mystmd's proof directives, as sphinx-proof defines them: {@code prf:theorem}, {@code prf:lemma},
 * {@code prf:definition} and the other kinds, each a box titled "Theorem 2 (Mean value theorem)",
 * numbered per kind in the lesson unless {@code :nonumber:}; the argument is the optional title,
 * {@code :label:} names it, {@code :class: dropdown} folds its body. {@code prf:proof} is titled
 * "Proof" without a number and ends with the end-of-proof mark.
 */
final class Proofs {

	private static final Map<String, Labelled.Kind> KINDS = Map.ofEntries(
			Map.entry("algorithm", Labelled.Kind.ALGORITHM), Map.entry("assumption", Labelled.Kind.ASSUMPTION),
			Map.entry("axiom", Labelled.Kind.AXIOM), Map.entry("conjecture", Labelled.Kind.CONJECTURE),
			Map.entry("corollary", Labelled.Kind.COROLLARY), Map.entry("criterion", Labelled.Kind.CRITERION),
			// mystmd's list of kinds spells it so, its example as sphinx-proof does.
			Map.entry("criteria", Labelled.Kind.CRITERION), Map.entry("definition", Labelled.Kind.DEFINITION),
			Map.entry("example", Labelled.Kind.EXAMPLE), Map.entry("lemma", Labelled.Kind.LEMMA),
			Map.entry("notation", Labelled.Kind.NOTATION), Map.entry("observation", Labelled.Kind.OBSERVATION),
			Map.entry("proof", Labelled.Kind.PROOF), Map.entry("property", Labelled.Kind.PROPERTY),
			Map.entry("proposition", Labelled.Kind.PROPOSITION), Map.entry("remark", Labelled.Kind.REMARK),
			Map.entry("theorem", Labelled.Kind.THEOREM));

	private Proofs() {
	}

	static void register(Map<String, DirectiveKind> kinds) {
		KINDS.keySet().forEach(kind -> kinds.put("prf:" + kind, DirectiveKind.titled(Proofs::build)));
	}

	private static Node build(Directive directive, Expansion expansion) {
		Labelled.Kind kind = KINDS.get(directive.name.substring("prf:".length()));
		boolean proof = kind == Labelled.Kind.PROOF;
		boolean numbered = !proof && !directive.options().containsKey("nonumber");
		LabelledElement box = new LabelledElement("div", "proof proof-" + kind.name().toLowerCase(Locale.ROOT), kind,
				directive.label(), numbered, directive.argument);
		Element body = NumberedBoxes.fill(box, directive, expansion, "proof");
		if (proof) {
			Element end = new Element("p", "proof-end");
			end.appendChild(new Text("∎"));
			body.appendChild(end);
		}
		return box;
	}
}
