package io.lectern.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.i18n.InterfaceMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A grade's reason, read from the {@code marking} messages, says in English exactly what the grading
 * code's own wording (kept for the JSON API) says, and in every other language something else.
 */
class ReasonWordingTest {

	private final InterfaceMessages messages = new InterfaceMessages();

	/** A grade of every kind of reason the graders give. */
	private static List<Grade> everyKindOfGrade() {
		List<Grade> grades = new ArrayList<>();
		SingleChoice patching = Questions.patching();
		grades.add(patching.grade(ticks()));
		grades.add(patching.grade(ticks("aws", "you")));
		grades.add(patching.grade(ticks("aws")));
		grades.add(patching.grade(ticks("you")));
		for (MultipleResponse.Scoring scoring : MultipleResponse.Scoring.values()) {
			MultipleResponse duties = Questions.customerDuties(scoring);
			grades.add(duties.grade(ticks("data", "iam", "sg")));
			grades.add(duties.grade(ticks("data", "iam", "sg", "hypervisor", "facilities")));
			grades.add(duties.grade(ticks("hypervisor", "facilities")));
		}
		NumericAnswer roots = Questions.rootUsers();
		NumericAnswer nearly = new NumericAnswer(Questions.info("near"), BigDecimal.TEN, new BigDecimal("0.5"), "");
		for (String typed : List.of("", "one", "1", "2")) {
			grades.add(roots.grade(new Response.Text(typed)));
		}
		grades.add(nearly.grade(new Response.Text("10.4")));
		grades.add(nearly.grade(new Response.Text("11")));
		ShortAnswer keyService = Questions.keyService();
		grades.add(keyService.grade(new Response.Text("")));
		grades.add(keyService.grade(new Response.Text("KMS")));
		grades.add(keyService.grade(new Response.Text("a guess")));
		grades.add(Questions.models().grade(new Response.Pairs(Map.of("ec2", "infrastructure"))));
		grades.add(Questions.assumeRole().grade(new Response.Order(List.of("request", "check-trust", "call-api"))));
		return grades;
	}

	private static Response.Choices ticks(String... ids) {
		return new Response.Choices(List.of(ids));
	}

	@Test
	void inEnglishTheReasonReadsAsTheGradingCodeWordsIt() {
		for (Grade grade : everyKindOfGrade()) {
			assertThat(say(grade.reason(), Locale.ENGLISH)).as(grade.reason().key()).isEqualTo(grade.working());
		}
	}

	@Test
	void everyOtherLanguageHasItsOwnWordsAndItsOwnDigits() {
		for (Grade grade : everyKindOfGrade()) {
			for (String language : List.of("de", "fr", "es", "pt-BR", "ja", "ar")) {
				assertThat(say(grade.reason(), Locale.forLanguageTag(language))).as(language + " " + grade.reason().key())
					.isNotEqualTo(grade.working());
			}
		}
		Grade third = Questions.customerDuties(MultipleResponse.Scoring.PARTIAL)
			.grade(ticks("data", "iam", "sg", "hypervisor", "facilities"));
		assertThat(say(third.reason(), Locale.GERMAN)).isEqualTo("(3 richtig − 2 falsch) / 3 richtige Antworten = 0,33");
	}

	private String say(Reason reason, Locale locale) {
		return messages.getMessage(reason.key(), reason.argumentArray(), locale);
	}
}
