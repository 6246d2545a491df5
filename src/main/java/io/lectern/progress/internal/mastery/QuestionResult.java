package io.lectern.progress.internal.mastery;

import io.lectern.accounts.LearnerId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
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

	private LearnerId learner;

	private String quizId;

	private String questionId;

	/** The question's topic tags as they were when it was answered, in the question's order. */
	@ElementCollection
	@CollectionTable(name = "question_result_topic", joinColumns = @JoinColumn(name = "result_id"))
	@OrderColumn(name = "topic_order")
	@Column(name = "topic")
	private List<String> topics = new ArrayList<>();

	private double fraction;

	private Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private In answeredIn;

	protected QuestionResult() {
	}

	public QuestionResult(LearnerId learner, String quizId, String questionId, List<String> topics, double fraction,
			Instant answeredAt, In answeredIn) {
		this.learner = learner;
		this.quizId = quizId;
		this.questionId = questionId;
		this.topics = new ArrayList<>(topics);
		this.fraction = fraction;
		this.answeredAt = answeredAt;
		this.answeredIn = answeredIn;
	}

	LearnerId learner() {
		return learner;
	}

	public String quizId() {
		return quizId;
	}

	public String questionId() {
		return questionId;
	}

	public List<String> topics() {
		return List.copyOf(topics);
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
