package io.lectern.quiz.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.grading.SingleChoice;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerWordsTest {

	private static QuestionInfo info(String id) {
		return new QuestionInfo(id, "Prompt of " + id, List.of("shared-responsibility"), 1, "", "");
	}

	private static final QuizQuestion DUTIES = new QuizQuestion("multiple_response", new MultipleResponse(info("duties"),
			List.of(new Choice("data", "Protecting *your* data", true, ""), new Choice("hypervisor", "Patching the `hypervisor`", false, ""),
					new Choice("disks", "Replacing disks", false, "")),
			MultipleResponse.Scoring.PARTIAL), Map.of());

	private static final QuizQuestion MODELS = matching();

	private static QuizQuestion matching() {
		Map<String, String> items = new LinkedHashMap<>();
		items.put("ec2", "infrastructure");
		items.put("rds", "container");
		items.put("s3", "abstract");
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("ec2", "Amazon EC2");
		labels.put("rds", "Amazon RDS");
		labels.put("s3", "Amazon S3");
		labels.put("infrastructure", "infrastructure");
		labels.put("container", "container");
		labels.put("abstract", "abstract");
		return new QuizQuestion("matching", new Matching(info("models"), items,
				new LinkedHashSet<>(List.of("infrastructure", "container", "abstract"))), labels);
	}

	private static String words(QuizQuestion question, Response response) {
		return new AnswerWords(question, PlainText::of).of(response).orElse("(none)");
	}

	@Test
	void chosenChoicesReadAsTheirTextsInTheAuthorsOrderWhateverOrderTheyWereTicked() {
		assertThat(words(DUTIES, new Response.Choices(List.of("hypervisor", "data"))))
			.isEqualTo("Protecting your data; Patching the hypervisor");
		assertThat(words(DUTIES, new Response.Choices(List.of("data", "hypervisor"))))
			.isEqualTo(words(DUTIES, new Response.Choices(List.of("hypervisor", "data"))));
	}

	@Test
	void anIdTheQuestionDoesNotKnowIsWrittenAsItCame() {
		assertThat(words(DUTIES, new Response.Choices(List.of("disks", "forged", "forged")))).isEqualTo("Replacing disks; forged");
	}

	@Test
	void aTrueFalseAnswerReadsTrueOrFalse() {
		QuizQuestion s3 = new QuizQuestion("true_false", SingleChoice.trueFalse(info("s3"), false, "", ""), Map.of());

		assertThat(words(s3, new Response.Choices(List.of("true")))).isEqualTo("True");
	}

	@Test
	void matchingReadsAsItemArrowOptionPairsInTheAuthorsItemOrder() {
		Map<String, String> given = new LinkedHashMap<>();
		given.put("s3", "abstract");
		given.put("ec2", "container");

		assertThat(words(MODELS, new Response.Pairs(given))).isEqualTo("Amazon EC2 → container; Amazon S3 → abstract");
	}

	@Test
	void orderingReadsAsTheItemsInTheLearnersOrder() {
		QuizQuestion order = new QuizQuestion("ordering", new Ordering(info("order"), List.of("ec2", "rds", "s3")),
				Map.of("ec2", "EC2", "rds", "RDS", "s3", "S3"));

		assertThat(words(order, new Response.Order(List.of("s3", "ec2", "rds")))).isEqualTo("S3 → EC2 → RDS");
	}

	@Test
	void aShortAnswerCountsAsTheGraderReadsItWithoutCaseOrExtraSpaces() {
		QuizQuestion key = new QuizQuestion("short_answer",
				new ShortAnswer(info("key"), List.of(ShortAnswer.Accepted.text("SSE-C", "")), ""), Map.of());

		assertThat(words(key, new Response.Text("  SSE-KMS \n"))).isEqualTo("sse-kms");
		assertThat(words(key, new Response.Text("server  side"))).isEqualTo("server side");
	}

	@Test
	void aNumberIsWrittenWithoutItsSpaces() {
		QuizQuestion count = new QuizQuestion("numeric",
				new NumericAnswer(info("count"), BigDecimal.valueOf(3), BigDecimal.ZERO, ""), Map.of());

		assertThat(words(count, new Response.Text(" 1 000 "))).isEqualTo("1000");
	}

	@Test
	void aBlankAnswerHasNoWords() {
		assertThat(new AnswerWords(DUTIES, PlainText::of).of(new Response.Blank())).isEmpty();
		assertThat(new AnswerWords(DUTIES, PlainText::of).of(new Response.Choices(List.of()))).isEmpty();
		assertThat(new AnswerWords(MODELS, PlainText::of).of(new Response.Pairs(Map.of()))).isEmpty();
	}

	@Test
	void aLongAnswerIsCutAtAWordWithAnEllipsis() {
		QuizQuestion essay = new QuizQuestion("short_answer",
				new ShortAnswer(info("essay"), List.of(ShortAnswer.Accepted.text("no", "")), ""), Map.of());

		String words = words(essay, new Response.Text("word ".repeat(60)));

		assertThat(words).hasSizeLessThanOrEqualTo(AnswerWords.MAX_LENGTH).endsWith("word…");
	}

	@Test
	void aPromptBecomesOneLineOfPlainTextCutToLength() {
		String prompt = PlainText.of("Which **S3** option &amp; [key](https://example.com)?\n\n```\ncode  here\n```");

		assertThat(prompt).isEqualTo("Which S3 option & key? code here");
		assertThat(PlainText.shorten(prompt, 16)).isEqualTo("Which S3 option…");
		assertThat(PlainText.shorten(prompt, 80)).isEqualTo(prompt);
	}
}
