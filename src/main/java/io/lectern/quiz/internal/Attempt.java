package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One learner's attempt at a quiz: the record over time. It starts in progress with its questions
 * fixed by a seed, takes answers, and is submitted exactly once, when everything is graded.
 *
 * <p>Time limits: answers saved before the deadline always count. Saving after the deadline (plus
 * {@link #GRACE}, for slow networks) is refused. A submit that arrives later than that is still
 * graded, but as of the deadline: with the answers saved in time, ignoring what came with it.
 */
@Entity
@Table(name = "quiz_attempt")
public class Attempt {

	static final Duration GRACE = Duration.ofSeconds(30);

	public enum State {
		IN_PROGRESS, SUBMITTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The id in URLs: not guessable, unlike the row id. */
	private String publicId;

	private String quizId;

	private String learner;

	@Column(name = "attempt_number")
	private int number;

	private long seed;

	/** The questions of this attempt in the order shown, one id a line. */
	private String questionIds;

	private Instant startedAt;

	private Instant deadline;

	@Enumerated(EnumType.STRING)
	private State state = State.IN_PROGRESS;

	// Lazy, so lists of attempts cost one query; the repository fetches the answers with a single attempt.
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "quiz_attempt_answer", joinColumns = @JoinColumn(name = "attempt_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "response")
	private Map<String, String> answers = new LinkedHashMap<>();

	// A learner's whole history loads its grades a batch of attempts at a time.
	@BatchSize(size = 50)
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "quiz_attempt_grade", joinColumns = @JoinColumn(name = "attempt_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "fraction")
	private Map<String, Double> fractions = new LinkedHashMap<>();

	private Double score;

	private Double maxScore;

	private Boolean passed;

	private Instant gradedAt;

	private Boolean late;

	/** Guards every change: of two submits racing on one attempt, only the first commits. */
	@Version
	private int version;

	protected Attempt() {
	}

	private Attempt(Quiz quiz, String learner, int number, long seed, Instant startedAt) {
		this.publicId = UUID.randomUUID().toString();
		this.quizId = quiz.id().value();
		this.learner = learner;
		this.number = number;
		this.seed = seed;
		this.startedAt = startedAt;
		this.deadline = quiz.timeLimit().map(startedAt::plus).orElse(null);
		this.questionIds = String.join("\n", AttemptPlan.questionIds(quiz, seed));
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

	/**
	 * Keeps answers while the attempt is in progress, each replacing any earlier answer to its
	 * question (a blank one too, so un-ticking everything sticks). All or none are kept.
	 */
	void save(Map<String, Response> responses, Instant now) {
		requireInProgress();
		List<String> own = questionIds();
		for (String questionId : responses.keySet()) {
			if (!own.contains(questionId)) {
				throw new AttemptRefused("This attempt has no question " + questionId + ".");
			}
		}
		if (timeUp(now)) {
			throw new AttemptRefused("Time is up: answers can no longer be changed. Submit to see your result.");
		}
		responses.forEach((questionId, response) -> answers.put(questionId, ResponseCodec.encode(response)));
	}

	/**
	 * Grades every question of the attempt on the server and closes it.
	 *
	 * @param lastAnswers answers sent with the submit; ignored when they come after the grace period
	 * @throws AttemptRefused when the attempt was already submitted
	 */
	GradedAttempt submit(Quiz quiz, Map<String, Response> lastAnswers, Instant now) {
		requireInProgress();
		boolean late = timeUp(now);
		if (!late) {
			List<String> own = questionIds();
			lastAnswers.forEach((questionId, response) -> {
				if (own.contains(questionId)) {
					answers.put(questionId, ResponseCodec.encode(response));
				}
			});
		}
		GradedAttempt result = grade(quiz, late ? deadline : now, late);
		result.grades().forEach((questionId, grade) -> fractions.put(questionId, grade.fraction()));
		score = result.score();
		maxScore = result.maxScore();
		passed = result.passed();
		gradedAt = result.gradedAt();
		this.late = late;
		state = State.SUBMITTED;
		return result;
	}

	/**
	 * The graded result of a submitted attempt, with every question's feedback and working. Grading
	 * is deterministic, so regrading the stored answers gives what the learner got at submission.
	 */
	public Optional<GradedAttempt> result(Quiz quiz) {
		return state == State.SUBMITTED ? Optional.of(grade(quiz, gradedAt, late)) : Optional.empty();
	}

	private GradedAttempt grade(Quiz quiz, Instant at, boolean wasLate) {
		Map<String, Grade> grades = new LinkedHashMap<>();
		for (String questionId : questionIds()) {
			QuizQuestion question = quiz.question(questionId).orElseThrow(
					() -> new IllegalStateException("Quiz " + quiz.id() + " no longer has question " + questionId));
			grades.put(questionId, question.question().grade(answer(questionId).orElse(new Response.Blank())));
		}
		return GradedAttempt.of(quiz, grades, at, wasLate);
	}

	public boolean overdue(Instant now) {
		return state == State.IN_PROGRESS && deadline().map(now::isAfter).orElse(false);
	}

	public State state() {
		return state;
	}

	public List<String> questionIds() {
		return List.of(questionIds.split("\n"));
	}

	/** Each graded question's fraction of its points; empty until submitted. */
	public Map<String, Double> fractions() {
		return Map.copyOf(fractions);
	}

	public Optional<Response> answer(String questionId) {
		return Optional.ofNullable(answers.get(questionId)).map(ResponseCodec::decode);
	}

	public Optional<Instant> deadline() {
		return Optional.ofNullable(deadline);
	}

	public String publicId() {
		return publicId;
	}

	public String quizId() {
		return quizId;
	}

	public int number() {
		return number;
	}

	public long seed() {
		return seed;
	}

	public Instant startedAt() {
		return startedAt;
	}

	/** The stored score in percent, once submitted; the review regrades for the details. */
	public Optional<Double> percent() {
		return state == State.SUBMITTED ? Optional.of(GradedAttempt.percent(score, maxScore)) : Optional.empty();
	}

	public boolean passed() {
		return Boolean.TRUE.equals(passed);
	}

	public Optional<Instant> gradedAt() {
		return Optional.ofNullable(gradedAt);
	}

	/** Whether the deadline and its grace period have passed, so answers no longer change. */
	public boolean timeUp(Instant now) {
		return deadline().map(end -> now.isAfter(end.plus(GRACE))).orElse(false);
	}

	private void requireInProgress() {
		if (state != State.IN_PROGRESS) {
			throw new AttemptRefused("This attempt has already been submitted; its result will not change.");
		}
	}
}
