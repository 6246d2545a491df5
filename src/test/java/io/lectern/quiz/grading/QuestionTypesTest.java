package io.lectern.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.lectern.quiz.grading.MultipleResponse.Scoring;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTypesTest {

	private static Response.Choices ticks(String... ids) {
		return new Response.Choices(List.of(ids));
	}

	@Test
	void singleChoiceGivesFullMarksAndTheChosenFeedback() {
		Grade right = Questions.patching().grade(ticks("aws"));
		Grade wrong = Questions.patching().grade(ticks("you"));

		assertThat(right.fraction()).isEqualTo(1);
		assertThat(right.points(Questions.patching().info())).isEqualTo(2);
		assertThat(right.feedback()).containsExactly("RDS patches the engine.");
		assertThat(wrong.fraction()).isZero();
		assertThat(wrong.feedback()).containsExactly("Not on RDS.");
	}

	@Test
	void singleChoiceWithNothingTwoAnswersOrUnknownIdsEarnsNothing() {
		assertThat(Questions.patching().grade(ticks()).fraction()).isZero();
		assertThat(Questions.patching().grade(ticks("aws", "you")).fraction()).isZero();
		assertThat(Questions.patching().grade(ticks("forged")).fraction()).isZero();
		assertThat(Questions.patching().grade(new Response.Blank()).fraction()).isZero();
		assertThat(Questions.patching().grade(new Response.Text("aws")).fraction()).isZero();
	}

	@Test
	void aRepeatedTickCountsOnce() {
		assertThat(Questions.patching().grade(ticks("aws", "aws")).fraction()).isEqualTo(1);
	}

	@Test
	void singleChoiceNeedsExactlyOneCorrectChoice() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SingleChoice(Questions.info("q"),
				List.of(new Choice("a", "A", false, ""), new Choice("b", "B", false, ""))))
			.withMessageContaining("exactly one correct choice, not 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new SingleChoice(Questions.info("q"),
				List.of(new Choice("a", "A", true, ""), new Choice("b", "B", true, ""))))
			.withMessageContaining("not 2");
		assertThatIllegalArgumentException().isThrownBy(() -> new SingleChoice(Questions.info("q"),
				List.of(new Choice("a", "A", true, ""), new Choice("a", "B", false, ""))))
			.withMessageContaining("two choices with the id a");
	}

	@Test
	void trueFalseIsASingleChoiceWithFeedbackForEachSide() {
		SingleChoice nested = SingleChoice.trueFalse(Questions.info("nest"), false, "Groups hold users only.",
				"Right: groups cannot nest.");

		assertThat(nested.grade(ticks("false")).fraction()).isEqualTo(1);
		assertThat(nested.grade(ticks("true")).feedback()).containsExactly("Groups hold users only.");
	}

	@Test
	void multipleResponsePartialCreditCoversEveryEdge() {
		MultipleResponse question = Questions.customerDuties(Scoring.PARTIAL);

		assertThat(question.grade(ticks()).fraction()).isZero();
		assertThat(question.grade(ticks("data", "iam", "sg")).fraction()).isEqualTo(1);
		assertThat(question.grade(ticks("data", "iam")).fraction()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(question.grade(ticks("data", "iam", "sg", "hypervisor")).fraction()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(question.grade(ticks("data", "hypervisor")).fraction()).isZero();
		assertThat(question.grade(ticks("hypervisor", "facilities")).fraction()).isZero();
		Grade everything = question.grade(ticks("data", "iam", "sg", "hypervisor", "facilities"));
		assertThat(everything.fraction()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(everything.working()).isEqualTo("(3 right - 2 wrong) / 3 correct choices = 0.33");
		assertThat(everything.feedback()).containsExactly("Always yours.", "AWS's.");
		assertThat(question.creditRule()).contains("1/3").contains("never drops below zero");
	}

	@Test
	void multipleResponseAllOrNothingNeedsExactlyTheCorrectTicks() {
		MultipleResponse question = Questions.customerDuties(Scoring.ALL_OR_NOTHING);

		assertThat(question.grade(ticks("data", "iam", "sg")).fraction()).isEqualTo(1);
		assertThat(question.grade(ticks("data", "iam")).fraction()).isZero();
		assertThat(question.grade(ticks("data", "iam", "sg", "facilities")).fraction()).isZero();
		assertThat(question.grade(ticks()).fraction()).isZero();
		assertThat(question.creditRule()).startsWith("All or nothing");
	}

	@Test
	void shortAnswerIgnoresCaseAndExtraSpacesAndAcceptsPatterns() {
		ShortAnswer question = Questions.keyService();

		assertThat(question.grade(new Response.Text("  key   MANAGEMENT service ")).feedback()).containsExactly("Right.");
		assertThat(question.grade(new Response.Text("AWS KMS")).fraction()).isEqualTo(1);
		assertThat(question.grade(new Response.Text("kms")).feedback()).containsExactly("KMS it is.");
		Grade wrong = question.grade(new Response.Text("CloudHSM"));
		assertThat(wrong.fraction()).isZero();
		assertThat(wrong.feedback()).containsExactly("Think about who holds keys.");
		assertThat(question.grade(new Response.Text("   ")).fraction()).isZero();
		assertThat(question.grade(new Response.Text("kms, or not")).fraction()).isZero();
	}

	@Test
	void numericAcceptsAnswersWithinTheTolerance() {
		NumericAnswer retention = new NumericAnswer(Questions.info("days"), new BigDecimal("90"), new BigDecimal("0.5"), "");

		assertThat(retention.grade(new Response.Text("90")).fraction()).isEqualTo(1);
		assertThat(retention.grade(new Response.Text("90.5")).fraction()).isEqualTo(1);
		assertThat(retention.grade(new Response.Text("89.4")).fraction()).isZero();
		assertThat(retention.grade(new Response.Text("ninety")).working()).contains("not a number");
		assertThat(Questions.rootUsers().grade(new Response.Text("1.0")).fraction()).isEqualTo(1);
	}

	@Test
	void matchingEarnsAShareForEachCorrectPair() {
		Matching question = Questions.models();

		assertThat(question.grade(new Response.Pairs(Map.of("ec2", "infrastructure", "rds", "container", "s3", "abstract")))
			.fraction()).isEqualTo(1);
		assertThat(question.grade(new Response.Pairs(Map.of("ec2", "infrastructure", "rds", "abstract"))).fraction())
			.isCloseTo(1.0 / 3, within(1e-9));
		assertThat(question.grade(new Response.Pairs(Map.of())).fraction()).isZero();
		assertThat(question.grade(new Response.Pairs(Map.of("lambda", "abstract"))).fraction()).isZero();
	}

	@Test
	void matchingRefusesAnItemPairedWithAnUnknownOption() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Matching(Questions.info("m"), Map.of("ec2", "infra"), Set.of("container")))
			.withMessageContaining("unknown options [infra]");
	}

	@Test
	void orderingCreditsCorrectNeighbouringPairs() {
		Ordering question = Questions.assumeRole();

		assertThat(question.grade(new Response.Order(List.of("request", "check-trust", "issue-credentials", "call-api")))
			.fraction()).isEqualTo(1);
		assertThat(question.grade(new Response.Order(List.of("call-api", "issue-credentials", "check-trust", "request")))
			.fraction()).isZero();
		Grade oneMoved = question.grade(new Response.Order(List.of("check-trust", "issue-credentials", "call-api", "request")));
		assertThat(oneMoved.fraction()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(oneMoved.working()).isEqualTo("2 of 3 neighbouring pairs are in the right order = 0.67");
		assertThat(question.grade(new Response.Order(List.of("request", "check-trust", "request", "check-trust")))
			.fraction()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(question.grade(new Response.Order(List.of())).fraction()).isZero();
	}
}
