package io.lectern.progress.internal.mastery;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One graded answer to one question, in a quiz attempt or a review: what mastery is made of. */
@Entity
@Table(name = "question_result")
public class QuestionResult {

	/** Where the answer was given. */
	public enum In {
		QUIZ, REVIEW
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String learner;

	private String quizId;

	private String questionId;

	private String topics;

	private double fraction;

	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private In answeredIn;

	protected QuestionResult() {
	}

	public QuestionResult(String learner, String quizId, String questionId, List<String> topics, double fraction,
			Instant answeredAt, In answeredIn) {
		this.learner = learner;
		this.quizId = quizId;
		this.questionId = questionId;
		this.topics = String.join("\n", topics);
		this.fraction = fraction;
		this.answeredAt = answeredAt;
		this.answeredIn = answeredIn;
	}

	String learner() {
		return learner;
	}

	/** The topic tags as stored: one a line. */
	String storedTopics() {
		return topics;
	}

	public String quizId() {
		return quizId;
	}

	public String questionId() {
		return questionId;
	}

	public List<String> topics() {
		return topics(topics);
	}

	/** The topic tags as stored, one a line, back as a list. */
	public static List<String> topics(String stored) {
		return stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
	}

	public double fraction() {
		return fraction;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public In answeredIn() {
		return answeredIn;
	}
}
