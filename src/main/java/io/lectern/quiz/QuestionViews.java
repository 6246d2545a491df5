package io.lectern.quiz;

import io.lectern.accounts.LearnerId;
import io.lectern.quiz.grading.Grade;
import io.lectern.quiz.grading.Response;
import java.util.Map;
import java.util.function.Function;

/**
 * One question of a quiz asked on its own, outside any attempt, as another module's page asks it
 * (the review session in progress): its form, the answer a form posted, and a graded answer marked
 * as quiz pages mark it. Grading is the question's own, through {@link io.lectern.quiz.grading}.
 * The views are for the {@code quiz/parts} template fragments: {@code question(...)} and
 * {@code marking(...)}.
 */
public interface QuestionViews {

	/** What every page showing a quiz's question needs: the quiz, its addresses, lessons and course. */
	Map<String, Object> page(Quiz quiz);

	/** The question's form with {@code given} filled in, its choices in the one order this learner sees. */
	Object form(Quiz quiz, QuizQuestion question, Response given, LearnerId learner);

	/** The answer to the question in a posted form, read by the form's parameter names. */
	Response answer(Quiz quiz, QuizQuestion question, Function<String, String[]> parameters);

	/**
	 * A graded answer, marked: correct answers and explanations show only where the quiz's own
	 * review rules already let this learner see them.
	 */
	Object marking(Quiz quiz, QuizQuestion question, Response given, Grade grade, LearnerId learner);
}
