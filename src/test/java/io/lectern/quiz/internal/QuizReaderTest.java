package io.lectern.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.ReviewOptions;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuizReaderTest {

	private static final Function<String, Optional<String>> EVERY_LESSON_EXISTS = path -> Optional.of("/lessons/" + path);

	private final Problems problems = new Problems();

	private static final String FULL = """
			id: shared-responsibility-check
			title: Shared responsibility check
			lessons: [shared-responsibility.md]
			pass_mark: 70
			attempts: 3
			grading: average
			time_limit: 15m
			shuffle_questions: true
			shuffle_choices: true
			draw: 6
			review:
			  correct_answers: after_passing
			  explanations: false
			questions:
			  - id: patching
			    type: single_choice
			    prompt: Who patches the database engine of an RDS instance?
			    topics: [shared-responsibility]
			    points: 2
			    explanation: RDS is a container service.
			    lesson: shared-responsibility.md#container
			    choices:
			      - {id: aws, text: AWS, correct: true, feedback: "Yes, in your maintenance window."}
			      - {id: you, text: You, feedback: Not on RDS.}
			  - id: duties
			    type: multiple_response
			    prompt: Which stay yours in every model?
			    scoring: all_or_nothing
			    choices:
			      - {text: Your data, correct: true}
			      - {text: Access control, correct: true}
			      - {text: The hypervisor}
			  - id: nesting
			    type: true_false
			    prompt: IAM groups can contain other groups.
			    answer: false
			    feedback_true: Groups hold users only.
			  - id: kms
			    type: short_answer
			    prompt: Which service holds SSE-KMS keys?
			    answers:
			      - {text: Key Management Service}
			      - {pattern: "(aws )?kms", feedback: Right.}
			  - id: roots
			    type: numeric
			    prompt: How many root users does an account have?
			    answer: 1
			  - id: models
			    type: matching
			    prompt: Match each service with its model.
			    items:
			      - {id: ec2, text: EC2, match: infrastructure}
			      - {id: s3, text: S3, match: abstract}
			    options:
			      - {id: infrastructure, text: Infrastructure}
			      - {id: abstract, text: Abstract}
			      - {id: on-premises, text: On premises}
			  - id: assume
			    type: ordering
			    prompt: Put the steps of assuming a role in order.
			    items:
			      - {id: request, text: Call sts:AssumeRole}
			      - {id: trust, text: AWS checks the trust policy}
			      - {id: credentials, text: STS returns temporary credentials}
			""";

	@Test
	void readsEveryQuizSettingAndEveryQuestionType() {
		Quiz quiz = QuizReader.read("aws/checks/shared.quiz.yml", FULL, problems, EVERY_LESSON_EXISTS).orElseThrow();

		assertThat(problems.sorted()).isEmpty();
		assertThat(quiz.id()).isEqualTo(QuizId.of("shared-responsibility-check"));
		assertThat(quiz.lessons()).containsExactly("aws/checks/shared-responsibility.md");
		assertThat(quiz.passMark()).isEqualTo(70);
		assertThat(quiz.attemptsAllowed()).hasValue(3);
		assertThat(quiz.grading()).isEqualTo(Quiz.GradingMethod.AVERAGE);
		assertThat(quiz.timeLimit()).contains(Duration.ofMinutes(15));
		assertThat(quiz.shuffleQuestions()).isTrue();
		assertThat(quiz.questionsPerAttempt()).isEqualTo(6);
		assertThat(quiz.review()).isEqualTo(new ReviewOptions(true, true, true, false, ReviewOptions.CorrectAnswers.AFTER_PASSING));
		assertThat(quiz.questions()).extracting(QuizQuestion::type)
			.containsExactly("single_choice", "multiple_response", "true_false", "short_answer", "numeric", "matching",
					"ordering");
		assertThat(quiz.questions().get(0).question().info().points()).isEqualTo(2);
		assertThat(quiz.questions().get(0).question().info().lessonLink())
			.isEqualTo("/lessons/aws/checks/shared-responsibility.md#container");
		assertThat(((MultipleResponse) quiz.questions().get(1).question()).scoring())
			.isEqualTo(MultipleResponse.Scoring.ALL_OR_NOTHING);
		assertThat(quiz.questions().get(1).question().grade(new Response.Choices(List.of("a", "b"))).fraction()).isEqualTo(1);
		assertThat(quiz.questions().get(2).question().grade(new Response.Choices(List.of("false"))).fraction()).isEqualTo(1);
		assertThat(quiz.questions().get(3).question().grade(new Response.Text("KMS")).feedback()).containsExactly("Right.");
		assertThat(quiz.questions().get(4).question().grade(new Response.Text("1")).fraction()).isEqualTo(1);
		assertThat(((Matching) quiz.questions().get(5).question()).items()).isEqualTo(Map.of("ec2", "infrastructure", "s3", "abstract"));
		assertThat(quiz.questions().get(5).labels()).containsEntry("ec2", "EC2").containsEntry("on-premises", "On premises");
		assertThat(((Ordering) quiz.questions().get(6).question()).order()).containsExactly("request", "trust", "credentials");
	}

	@Test
	void defaultsAreUnlimitedAttemptsHighestGradeAndFullReview() {
		Quiz quiz = QuizReader.read("q.quiz.yml", """
				id: q
				title: Q
				questions:
				  - id: a
				    type: numeric
				    prompt: How many root users does an account have?
				    answer: 1
				""", problems, EVERY_LESSON_EXISTS).orElseThrow();

		assertThat(quiz.attemptsAllowed()).isEmpty();
		assertThat(quiz.grading()).isEqualTo(Quiz.GradingMethod.HIGHEST);
		assertThat(quiz.timeLimit()).isEmpty();
		assertThat(quiz.review()).isEqualTo(ReviewOptions.ALL);
		assertThat(quiz.questionsPerAttempt()).isEqualTo(1);
	}

	@Test
	void everyMistakeIsReportedWithItsLine() {
		String broken = """
				id: broken
				title: Broken
				pass_mark: 120
				grading: best
				time_limit: soon
				questions:
				  - id: none-right
				    type: single_choice
				    prompt: Pick one
				    choices:
				      - {text: A}
				      - {text: B}
				  - id: models
				    type: matching
				    prompt: Match
				    items:
				      - {id: ec2, text: EC2}
				    options:
				      - {id: infrastructure}
				  - id: none-right
				    type: numeric
				    prompt: Again
				    answer: 2
				  - id: strange
				    type: essay
				    prompt: Write
				""";

		assertThat(QuizReader.read("c/broken.quiz.yml", broken, problems, EVERY_LESSON_EXISTS)).isEmpty();

		assertThat(problems.sorted()).extracting(ContentProblem::line, ContentProblem::message)
			.anySatisfy(p -> assertThat(p.toList()).containsExactly(3, "\"pass_mark\" must be a whole number from 0 to 100, not \"120\""))
			.anySatisfy(p -> assertThat(p.toList().get(0)).isEqualTo(4))
			.anySatisfy(p -> assertThat(p.toList().get(0)).isEqualTo(5))
			.anySatisfy(p -> assertThat(p.toList()).containsExactly(7,
					"Single-choice question none-right needs exactly one correct choice, not 0"))
			.anySatisfy(p -> assertThat(p.toList()).containsExactly(17, "Matching item \"ec2\" has no \"match\""))
			.anySatisfy(p -> assertThat(p.toList()).containsExactly(20, "Two questions have the id \"none-right\""))
			.anySatisfy(p -> assertThat(p.toList().get(0)).isEqualTo(25));
		assertThat(problems.sorted()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo("c/broken.quiz.yml"));
	}

	@Test
	void aMatchingOptionMayNotShareAnItemsId() {
		String quiz = """
				id: q
				title: Q
				questions:
				  - id: pairs
				    type: matching
				    prompt: Match
				    items:
				      - {id: s3, text: S3, match: s3}
				    options:
				      - {id: s3, text: Abstract}
				""";

		assertThat(QuizReader.read("c/q.quiz.yml", quiz, problems, EVERY_LESSON_EXISTS)).isEmpty();

		assertThat(problems.sorted()).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(9,
					"Matching option \"s3\" has the id of an item; give items and options different ids"));
	}

	@Test
	void aSentenceCutByACommaInAOneLineMappingIsReportedNotLost() {
		String quiz = """
				id: q
				title: Q
				questions:
				  - id: who
				    type: single_choice
				    prompt: Who patches RDS?
				    choices:
				      - {id: aws, text: AWS, correct: true}
				      - {id: you, text: You, feedback: Only on EC2, where you run it.}
				""";

		assertThat(QuizReader.read("c/q.quiz.yml", quiz, problems, EVERY_LESSON_EXISTS)).isEmpty();

		assertThat(problems.sorted()).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(9, "Unknown key \"where you run it.\" (expected id, text, "
					+ "correct, feedback); if it is the end of a sentence with a comma, put the sentence in quotes"));
	}

	@Test
	void lessonsAQuizOrQuestionNamesMustExist() {
		String quiz = """
				id: q
				title: Q
				lessons: [gone.md]
				questions:
				  - id: a
				    type: numeric
				    prompt: How many?
				    answer: 1
				    lesson: missing.md#part
				""";

		assertThat(QuizReader.read("c/q.quiz.yml", quiz, problems, path -> Optional.empty())).isEmpty();

		assertThat(problems.sorted()).extracting(ContentProblem::toString)
			.containsExactly("c/q.quiz.yml:3: error: No lesson at c/gone.md",
					"c/q.quiz.yml:9: error: No lesson at missing.md#part, or no heading with that id in it");
	}
}
