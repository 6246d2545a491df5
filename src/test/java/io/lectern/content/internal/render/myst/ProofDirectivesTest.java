package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** mystmd's {@code prf:} directives, as sphinx-proof defines them. */
class ProofDirectivesTest {

	private final Lessons lessons = new Lessons();

	@Test
	void aTheoremIsATitledBoxNumberedAmongTheoremsWithItsNameInBrackets() {
		String html = lessons.html("""
				:::{prf:theorem} Mean value theorem
				:label: mvt

				A function continuous on $[a, b]$ takes its mean slope somewhere.
				:::

				:::{prf:lemma}
				A lemma is counted apart.
				:::

				:::{prf:theorem}
				Another theorem.
				:::
				""");

		assertThat(lessons.warnings).isEmpty();
		assertThat(html).containsSubsequence("<div id=\"mvt\" class=\"proof proof-theorem\">",
				"<p class=\"proof-title\"><span class=\"caption-number\">Theorem 1</span> (Mean value theorem)</p>",
				"<p>A function continuous on ", "<math>", "</div>",
				"<div id=\"lemma-1\" class=\"proof proof-lemma\">", "<span class=\"caption-number\">Lemma 1</span></p>",
				"<div id=\"theorem-2\" class=\"proof proof-theorem\">", "<span class=\"caption-number\">Theorem 2</span></p>");
	}

	@Test
	void aProofIsNotNumberedAndEndsWithTheEndOfProofMark() {
		String html = lessons.html("""
				```{prf:proof}
				Let $z$ be any point of $S$.
				```
				""");

		assertThat(html).containsSubsequence("<div class=\"proof proof-proof\">",
				"<p class=\"proof-title\"><span class=\"caption-number\">Proof</span></p>", "<p>Let ",
				"<p class=\"proof-end\">∎</p>", "</div>");
	}

	@Test
	void nonumberClassesAndDropdownAreHonoured() {
		String html = lessons.html("""
				:::{prf:definition} Convergent matrix
				:nonumber:
				:class: key dropdown

				Its powers tend to zero.
				:::

				:::{prf:criterion} Weyl's criterion
				:label: weyl
				Equidistributed.
				:::
				""");

		assertThat(lessons.warnings).isEmpty();
		assertThat(html).containsSubsequence("<div class=\"proof proof-definition key\">",
				"<details class=\"proof-fold\">",
				"<summary class=\"proof-title\"><span class=\"caption-number\">Definition</span> (Convergent matrix)</summary>",
				"<p>Its powers tend to zero.</p>", "</details>", "</div>",
				"<div id=\"weyl\" class=\"proof proof-criterion\">", "Criterion 1</span> (Weyl's criterion)");
	}

	@Test
	void theProofReferenceRoleLinksToTheTheoremAsRefDoes() {
		String html = lessons.html("""
				:::{prf:theorem} Mean value theorem
				:label: mvt
				A statement.
				:::

				By {prf:ref}`mvt` and by {prf:ref}`this theorem <mvt>`.
				""");

		assertThat(lessons.warnings).isEmpty();
		assertThat(html).contains("By <a href=\"#mvt\"").contains(">this theorem</a>");
	}
}
