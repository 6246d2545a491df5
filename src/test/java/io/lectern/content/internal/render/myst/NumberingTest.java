package io.lectern.content.internal.render.myst;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.internal.render.Labelled;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

/** The numbering pass, over blocks such as figures and equations that other syntax extensions add. */
class NumberingTest {

	/** A numbered block as a directive would add it. */
	private static final class Block extends CustomBlock implements Labelled {

		private final Optional<String> label;
		private final Kind kind;
		private final String caption;
		private String anchor;
		private String number = "";

		Block(String label, Kind kind, String caption) {
			this.label = Optional.ofNullable(label);
			this.kind = kind;
			this.caption = caption;
		}

		@Override
		public Optional<String> label() {
			return label;
		}

		@Override
		public Kind kind() {
			return kind;
		}

		@Override
		public boolean numbered() {
			return true;
		}

		@Override
		public String title() {
			return caption;
		}

		@Override
		public void assign(String anchor, String number) {
			this.anchor = anchor;
			this.number = number;
		}

		@Override
		public String anchor() {
			return anchor;
		}

		@Override
		public String number() {
			return number;
		}
	}

	@Test
	void blocksAreNumberedPerKindInReadingOrderAndUnlabelledOnesGetGeneratedIds() {
		Block first = new Block("fig-shared", Labelled.Kind.FIGURE, "Shared model");
		Block table = new Block("tbl-roles", Labelled.Kind.TABLE, "Roles");
		Block second = new Block(null, Labelled.Kind.FIGURE, "Unlabelled");
		Block third = new Block("Fig: Keys!", Labelled.Kind.FIGURE, "Keys");
		Block equation = new Block("eq-cost", Labelled.Kind.EQUATION, "");
		Document document = document(first, table, second, third, equation);

		List<Target> targets = Numbering.number(document, NumberingSettings.DEFAULT, 1);

		assertThat(List.of(first.number(), table.number(), second.number(), third.number(), equation.number()))
			.containsExactly("1", "1", "2", "3", "1");
		assertThat(List.of(first.anchor(), table.anchor(), second.anchor(), third.anchor()))
			.containsExactly("fig-shared", "tbl-roles", "figure-2", "fig-keys");
		assertThat(targets).extracting(Target::label).containsExactly("fig-shared", "tbl-roles", "fig: keys!", "eq-cost");
		assertThat(targets).extracting(Target::text).containsExactly("Figure 1", "Table 1", "Figure 3", "(1)");
	}

	@Test
	void aKindSwitchedOffInTheSettingsIsNotNumberedAndShowsItsTitle() {
		Block figure = new Block("fig-a", Labelled.Kind.FIGURE, "A diagram");
		Block table = new Block("tbl-a", Labelled.Kind.TABLE, "A table");

		List<Target> targets = Numbering.number(document(figure, table), NumberingSettings.of(new io.lectern.content.Numbering(
				Optional.empty(), Map.of("figure", io.lectern.content.Numbering.Item.enabled(false)), Optional.empty())), 1);

		assertThat(figure.number()).isEmpty();
		assertThat(table.number()).isEqualTo("1");
		assertThat(targets).extracting(Target::text).containsExactly("A diagram", "Table 1");
	}

	@Test
	void aTargetLineBeforeABlockWithoutALabelNamesItAndGivesItItsAddress() {
		Block figure = new Block(null, Labelled.Kind.FIGURE, "Keys");
		LabelLine line = new LabelLine("fig-keys");
		Document document = document(new Block(null, Labelled.Kind.FIGURE, "First"), line, figure);

		List<Target> targets = Numbering.number(document, NumberingSettings.DEFAULT, 1);

		assertThat(targets).containsExactly(new Target("fig-keys", "fig-keys", Labelled.Kind.FIGURE, "2", "Figure %s", "Keys", 1));
		assertThat(line.anchor()).isNull();
	}

	@Test
	void aLabelNeverTakesTheIdOfAnotherBlock() {
		LabelLine paragraphLabel = new LabelLine("figure-1");
		Document document = document(new Block(null, Labelled.Kind.FIGURE, "First"), paragraphLabel, new Paragraph());

		Numbering.number(document, NumberingSettings.DEFAULT, 1);

		assertThat(paragraphLabel.anchor()).isEqualTo("figure-1-1");
	}

	private static Document document(org.commonmark.node.Node... blocks) {
		Document document = new Document();
		for (org.commonmark.node.Node block : blocks) {
			document.appendChild(block);
		}
		return document;
	}
}
