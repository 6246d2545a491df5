package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One learner's attempt at a quiz: the record over time. It starts in progress with its questions
 * fixed by a seed, takes answers, and is submitted exactly once, when everything is graded.
 *
 * <p>Time limits: answers saved before the deadline always count. Saving after the deadline (plus
 * {@link #GRACE}, for slow networks) is refused. A submit that arrives later than that is still
 * graded, but as of the deadline: with the answers saved in time, ignoring what came with it.
 */
final class Attempt {

	static final Duration GRACE = Duration.ofSeconds(30);

	enum State {
		IN_PROGRESS, SUBMITTED
	}

	private final String quizId;
	private final String learner;
	private final int number;
	private final long seed;
	private final Instant startedAt;
	private final Optional<Instant> deadline;
	private final List<String> questionIds;
	private final Map<String, Response> answers = new LinkedHashMap<>();
	private State state = State.IN_PROGRESS;
	private GradedAttempt result;

	private Attempt(Quiz quiz, String learner, int number, long seed, Instant startedAt) {
		this.quizId = quiz.id();
		this.learner = learner;
		this.number = number;
		this.seed = seed;
		this.startedAt = startedAt;
		this.deadline = quiz.timeLimit().map(startedAt::plus);
		this.questionIds = AttemptPlan.questionIds(quiz, seed);
	}

	/**
	 * Starts attempt number {@code number} (1 for the first) if the quiz allows it.
	 *
	 * @throws AttemptRefused when the learner has used every attempt the quiz allows
	 */
	static Attempt start(Quiz quiz, String learner, int number, long seed, Instant now) {
		if (quiz.attemptsAllowed().isPresent() && number > quiz.attemptsAllowed().getAsInt()) {
			throw new AttemptRefused("You have used all " + quiz.attemptsAllowed().getAsInt() + " attempts at this quiz.");
		}
		return new Attempt(quiz, learner, number, seed, now);
	}

	/** Keeps an answer while the attempt is in progress; a later answer to the same question replaces it. */
	void save(String questionId, Response response, Instant now) {
		requireInProgress();
		if (!questionIds.contains(questionId)) {
			throw new AttemptRefused("This attempt has no question " + questionId + ".");
		}
		if (pastGrace(now)) {
			throw new AttemptRefused("Time is up: answers can no longer be changed. Submit to see your result.");
		}
		answers.put(questionId, response);
	}

	/**
	 * Grades every question of the attempt on the server and closes it.
	 *
	 * @param lastAnswers answers sent with the submit; ignored when they come after the grace period
	 * @throws AttemptRefused when the attempt was already submitted
	 */
	GradedAttempt submit(Quiz quiz, Map<String, Response> lastAnswers, Instant now) {
		requireInProgress();
		boolean late = pastGrace(now);
		if (!late) {
			lastAnswers.forEach((questionId, response) -> {
				if (questionIds.contains(questionId)) {
					answers.put(questionId, response);
				}
			});
		}
		Map<String, Grade> grades = new LinkedHashMap<>();
		for (String questionId : questionIds) {
			QuizQuestion question = question(quiz, questionId);
			grades.put(questionId, question.question().grade(answers.getOrDefault(questionId, new Response.Blank())));
		}
		result = GradedAttempt.of(quiz, grades, late ? deadline.orElseThrow() : now, late);
		state = State.SUBMITTED;
		return result;
	}

	boolean overdue(Instant now) {
		return state == State.IN_PROGRESS && deadline.map(now::isAfter).orElse(false);
	}

	State state() {
		return state;
	}

	List<String> questionIds() {
		return questionIds;
	}

	Optional<Response> answer(String questionId) {
		return Optional.ofNullable(answers.get(questionId));
	}

	Optional<GradedAttempt> result() {
		return Optional.ofNullable(result);
	}

	Optional<Instant> deadline() {
		return deadline;
	}

	String quizId() {
		return quizId;
	}

	String learner() {
		return learner;
	}

	int number() {
		return number;
	}

	long seed() {
		return seed;
	}

	Instant startedAt() {
		return startedAt;
	}

	private boolean pastGrace(Instant now) {
		return deadline.map(end -> now.isAfter(end.plus(GRACE))).orElse(false);
	}

	private void requireInProgress() {
		if (state != State.IN_PROGRESS) {
			throw new AttemptRefused("This attempt has already been submitted; its result will not change.");
		}
	}

	private static QuizQuestion question(Quiz quiz, String questionId) {
		return quiz.questions()
			.stream()
			.filter(question -> question.question().info().id().equals(questionId))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Quiz " + quiz.id() + " no longer has question " + questionId));
	}
}
