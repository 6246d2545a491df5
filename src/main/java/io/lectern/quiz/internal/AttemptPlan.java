package io.lectern.quiz.internal;

import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which questions an attempt has and in what order, and in what order their choices appear, all
 * derived from the attempt's stored seed: a reload, or the review a week later, shows exactly
 * what the learner saw.
 */
public final class AttemptPlan {

	private AttemptPlan() {
	}

	/** The ids of the questions of an attempt, in the order shown. */
	static List<String> questionIds(Quiz quiz, long seed) {
		List<QuizQuestion> pool = new ArrayList<>(quiz.questions());
		Random random = new Random(seed);
		if (quiz.draw() > 0) {
			List<QuizQuestion> drawn = new ArrayList<>(pool);
			Collections.shuffle(drawn, random);
			List<QuizQuestion> kept = drawn.subList(0, quiz.draw());
			// Without shuffling, the drawn questions keep the author's order.
			pool.retainAll(kept);
			if (quiz.shuffleQuestions()) {
				pool = new ArrayList<>(kept);
			}
		}
		else if (quiz.shuffleQuestions()) {
			Collections.shuffle(pool, random);
		}
		return pool.stream().map(question -> question.question().info().id()).toList();
	}

	/**
	 * The choices (or matching options) of a question in the order this attempt shows them. True
	 * stays before false: shuffling two fixed words only slows the learner down.
	 *
	 * @param shuffleChoices the rule of the quiz version the attempt started with
	 */
	public static <T> List<T> choiceOrder(boolean shuffleChoices, long seed, QuizQuestion question, List<T> choices) {
		return shuffleChoices && !question.type().equals("true_false")
				? shuffled(seed, question.question().info().id(), choices) : choices;
	}

	/**
	 * The items of an ordering question as this attempt first shows them: always shuffled, and
	 * never already in the right order, which would give the answer away.
	 */
	public static List<String> scrambled(long seed, String questionId, List<String> rightOrder) {
		List<String> shown = new ArrayList<>(shuffled(seed, questionId, rightOrder));
		if (shown.equals(rightOrder)) {
			Collections.rotate(shown, 1);
		}
		return List.copyOf(shown);
	}

	private static <T> List<T> shuffled(long seed, String questionId, List<T> things) {
		List<T> shuffled = new ArrayList<>(things);
		Collections.shuffle(shuffled, new Random(seed * 31 + questionId.hashCode()));
		return List.copyOf(shuffled);
	}
}
