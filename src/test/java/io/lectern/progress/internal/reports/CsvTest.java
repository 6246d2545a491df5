package io.lectern.progress.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void aDocumentIsTheHeaderThenEachRowEveryLineEndingWithCrLf() {
		String csv = Csv.document(List.of("learner", "quiz", "percent"),
				List.of(List.of("ada", "Encryption check", "85"), List.of("ben", "IAM basics", "40")));

		assertThat(csv).isEqualTo("learner,quiz,percent\r\nada,Encryption check,85\r\nben,IAM basics,40\r\n");
	}

	@Test
	void aDocumentWithoutRowsIsJustItsHeader() {
		assertThat(Csv.document(List.of("learner"), List.of())).isEqualTo("learner\r\n");
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Csv.document(List.of("learner", "percent"), List.of(List.of("ada"))))
			.withMessageContaining("1 cells but the header has 2");
	}

	@Test
	void aFieldWithACommaIsQuoted() {
		assertThat(Csv.line(List.of("Lovelace, Ada", "85"))).isEqualTo("\"Lovelace, Ada\",85\r\n");
	}

	@Test
	void quotesInsideAFieldAreDoubledAndTheFieldQuoted() {
		assertThat(Csv.field("the \"root\" user")).isEqualTo("\"the \"\"root\"\" user\"");
	}

	@Test
	void aFieldWithALineBreakIsQuotedAndKeepsItsBreak() {
		assertThat(Csv.field("first\nsecond")).isEqualTo("\"first\nsecond\"");
		assertThat(Csv.field("first\r\nsecond")).isEqualTo("\"first\r\nsecond\"");
	}

	@Test
	void emptyAndNullCellsAreEmptyFields() {
		assertThat(Csv.line(Arrays.asList("", null, "x"))).isEqualTo(",,x\r\n");
	}

	@Test
	void unicodePassesThroughUntouched() {
		assertThat(Csv.line(List.of("Zoë Ó Briain", "学习", "🔐"))).isEqualTo("Zoë Ó Briain,学习,🔐\r\n");
	}

	@Test
	void aFormulaGetsAnApostropheSoItStaysText() {
		assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-1+2")).isEqualTo("'-1+2");
		assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void aFormulaThatNeedsQuotingHasItsApostropheInsideTheQuotes() {
		assertThat(Csv.field("=HYPERLINK(\"http://evil.example\",\"Click\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"");
		assertThat(Csv.field("\r=cmd")).isEqualTo("\"'\r=cmd\"");
	}

	@Test
	void aPlainNegativeNumberStaysANumber() {
		assertThat(Csv.field("-0.5")).isEqualTo("-0.5");
		assertThat(Csv.field("-3")).isEqualTo("-3");
		assertThat(Csv.field("-0.25")).isEqualTo("-0.25");
	}

	@Test
	void somethingThatOnlyLooksLikeANegativeNumberIsStillNeutralised() {
		assertThat(Csv.field("-1e3")).isEqualTo("'-1e3");
		assertThat(Csv.field("-.5")).isEqualTo("'-.5");
		assertThat(Csv.field("-5-")).isEqualTo("'-5-");
		assertThat(Csv.field("-")).isEqualTo("'-");
		assertThat(Csv.field("-3\n")).isEqualTo("\"'-3\n\"");
	}

	@Test
	void aFormulaCharacterLaterInTheCellIsHarmless() {
		assertThat(Csv.field("a=b")).isEqualTo("a=b");
		assertThat(Csv.field("ada@example.com")).isEqualTo("ada@example.com");
	}

	@Test
	void headerCellsAreNeutralisedToo() {
		assertThat(Csv.document(List.of("=cmd"), List.of())).isEqualTo("'=cmd\r\n");
	}
}
