package io.lectern.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Properties every question type keeps, checked against many seeded random responses. */
class GradingPropertiesTest {

	private static final List<String> WORDS = List.of("aws", "you", "data", "iam", "sg", "hypervisor", "facilities",
			"kms", "1", "0", "ec2", "rds", "s3", "request", "check-trust", "issue-credentials", "call-api", "forged", "");

	@RepeatedTest(200)
	void aFractionIsAlwaysWithinZeroAndOneAndGradingIsDeterministic(RepetitionInfo repetition) {
		Random random = new Random(repetition.getCurrentRepetition());
		for (Question question : Questions.oneOfEach()) {
			Response response = randomResponse(random);

			Grade grade = question.grade(response);

			assertThat(grade.fraction()).as(question.info().id()).isBetween(0.0, 1.0);
			assertThat(question.grade(response)).isEqualTo(grade);
		}
	}

	/** The working shows a fraction to two places exactly as {@code String.format("%.2f")} would write it. */
	@Test
	void theWorkingWritesEveryFractionAsStringFormatWould() {
		List<Double> fractions = new ArrayList<>(List.of(0.005, 0.015, 0.125, 0.375, 0.625, 0.875, 0.995));
		for (int right = 0; right <= 24; right++) {
			for (int of = right == 0 ? 1 : right; of <= 24; of++) {
				fractions.add((double) right / of);
			}
		}
		for (double fraction : fractions) {
			assertThat(MultipleResponse.format(fraction)).as("%s", fraction)
				.isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", fraction));
		}
	}

	@Test
	void theRightAnswerAlwaysEarnsFullMarks() {
		for (Question question : Questions.oneOfEach()) {
			assertThat(question.grade(rightAnswer(question)).fraction()).as(question.info().id()).isEqualTo(1);
		}
	}

	private static Response rightAnswer(Question question) {
		if (question instanceof SingleChoice single) {
			return new Response.Choices(correctIds(single.choices()));
		}
		if (question instanceof MultipleResponse multiple) {
			return new Response.Choices(correctIds(multiple.choices()));
		}
		if (question instanceof ShortAnswer text) {
			return new Response.Text(text.accepted().get(0).text());
		}
		if (question instanceof NumericAnswer number) {
			return new Response.Text(number.answer().toPlainString());
		}
		if (question instanceof Matching matching) {
			return new Response.Pairs(matching.items());
		}
		return new Response.Order(((Ordering) question).order());
	}

	private static List<String> correctIds(List<Choice> choices) {
		return choices.stream().filter(Choice::correct).map(Choice::id).toList();
	}

	private static Response randomResponse(Random random) {
		List<String> words = new ArrayList<>(WORDS);
		Collections.shuffle(words, random);
		List<String> some = words.subList(0, random.nextInt(words.size()));
		return switch (random.nextInt(5)) {
			case 0 -> new Response.Choices(some);
			case 1 -> new Response.Text(String.join(" ", some));
			case 2 -> {
				Map<String, String> pairs = new HashMap<>();
				for (int i = 0; i + 1 < some.size(); i += 2) {
					pairs.put(some.get(i), some.get(i + 1));
				}
				yield new Response.Pairs(pairs);
			}
			case 3 -> new Response.Order(some);
			default -> new Response.Blank();
		};
	}
}
