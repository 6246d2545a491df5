package io.lectern.quiz.internal;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.quiz.Quiz;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.lectern.quiz.grading.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One learner's attempt at a quiz: the record over time. It starts in progress with its questions
 * fixed by a seed, takes answers, and is submitted exactly once, when everything is graded. It is
 * shown and graded with the {@link QuizVersion} it started with, which it names by hash: editing the
 * quiz file later changes new attempts, never this one. Time limits are its {@link TimeLimit}'s.
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt {

	public enum State {
		IN_PROGRESS, SUBMITTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The id in URLs: not guessable, unlike the row id. */
	private String publicId;

	private QuizId quizId;

	private LearnerId learner;

	@Column(name = "attempt_number")
	private int number;

	@Embedded
	private AttemptQuestions questions;

	@Embedded
	private TimeLimit time;

	@Enumerated(EnumType.STRING)
	private State state = State.IN_PROGRESS;

	@Embedded
	private AttemptAnswers answers = new AttemptAnswers();

	@Embedded // null while in progress
	private AttemptOutcome outcome;

	/** Guards every change: of two submits racing on one attempt, only the first commits. */
	@Version
	private int version;

	protected Attempt() {
	}

	/**
	 * Starts attempt number {@code number} (1 for the first), with the quiz's current {@code version}.
	 *
	 * @throws AttemptRefused when the learner has used every attempt the quiz allows
	 */
	static Attempt start(Quiz quiz, QuizVersion version, LearnerId learner, int number, long seed, Instant now) {
		if (quiz.attemptsAllowed().isPresent() && number > quiz.attemptsAllowed().getAsInt()) {
			throw new AttemptRefused("refusal.attempt.allUsed", quiz.attemptsAllowed().getAsInt());
		}
		Attempt attempt = new Attempt();
		attempt.publicId = UUID.randomUUID().toString();
		attempt.quizId = quiz.id();
		attempt.questions = new AttemptQuestions(quiz, version, seed);
		attempt.learner = learner;
		attempt.number = number;
		attempt.time = new TimeLimit(now, quiz.timeLimit());
		return attempt;
	}

	/** Keeps answers while the attempt is in progress: all of them, or none when one is refused. */
	void save(Map<String, Response> responses, Instant now) {
		requireInProgress();
		questions.requireAsked(responses.keySet());
		time.requireTimeLeft(now);
		answers.keep(responses);
	}

	/**
	 * Grades every question of the attempt on the server, as its {@code version} defines it, and closes it.
	 *
	 * @param lastAnswers answers sent with the submit; ignored when they come after the grace period
	 * @throws AttemptRefused when the attempt was already submitted
	 */
	GradedAttempt submit(QuizVersion version, Map<String, Response> lastAnswers, Instant now) {
		requireInProgress();
		boolean late = timeUp(now);
		answers.keep(late ? Map.of() : questions.askedOnly(lastAnswers));
		GradedAttempt result = answers.grade(version, questionIds(), time.countsAsOf(now), late);
		outcome = new AttemptOutcome(result);
		state = State.SUBMITTED;
		return result;
	}

	/** The recorded result of a submitted attempt, each question's feedback and working regraded with its version. */
	public Optional<GradedAttempt> result(QuizVersion version) {
		return gradedAt().map(at -> outcome.with(answers.regrade(version, questionIds(), at, outcome.late())));
	}

	public boolean overdue(Instant now) {
		return state == State.IN_PROGRESS && time.pastDeadline(now);
	}

	public State state() {
		return state;
	}

	/** The ids of its questions, in the order shown. */
	public List<String> questionIds() {
		return questions.questionIds();
	}

	/** The hash of the version it started with; empty only for an attempt from before versions were kept. */
	public Optional<String> quizVersion() {
		return questions.quizVersion();
	}

	/** Each graded question's fraction of its points; empty until submitted. */
	public Map<String, Double> fractions() {
		return answers.fractions();
	}

	public Optional<Response> answer(String questionId) {
		return answers.answer(questionId);
	}

	public Optional<Instant> deadline() {
		return time.deadline();
	}

	public String publicId() {
		return publicId;
	}

	LearnerId learner() {
		return learner;
	}

	public QuizId quizId() {
		return quizId;
	}

	public int number() {
		return number;
	}

	/** Orders each question's choices as this attempt shows them. */
	public long seed() {
		return questions.seed();
	}

	public Instant startedAt() {
		return time.startedAt();
	}

	/** The stored score in percent, once submitted; the review regrades for the details. */
	public Optional<Double> percent() {
		return state == State.SUBMITTED ? Optional.of(outcome.percent()) : Optional.empty();
	}

	public boolean passed() {
		return state == State.SUBMITTED && outcome.passed();
	}

	public Optional<Instant> gradedAt() {
		return state == State.SUBMITTED ? Optional.of(outcome.gradedAt()) : Optional.empty();
	}

	/** Whether the deadline and its grace period have passed, so answers no longer change. */
	public boolean timeUp(Instant now) {
		return time.timeUp(now);
	}

	private void requireInProgress() {
		if (state != State.IN_PROGRESS) {
			throw new AttemptRefused("refusal.attempt.submitted");
		}
	}
}
