import io.lectern.quiz.grading.Choice;
import io.lectern.quiz.grading.Matching;
import io.lectern.quiz.grading.MultipleResponse;
import io.lectern.quiz.grading.NumericAnswer;
import io.lectern.quiz.grading.Ordering;
import io.lectern.quiz.grading.Question;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.grading.ShortAnswer;
import io.lectern.quiz.grading.SingleChoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a 20-question attempt (every question type, mixed right and wrong answers) in memory,
 * warmed up, and prints the median and 99th percentile time per attempt.
 */
public class GradingBench {

	public static void main(String[] args) {
		List<Question> questions = new ArrayList<>();
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			QuestionInfo info = new QuestionInfo("q" + i, "Prompt " + i, List.of("topic"), 1, "", "");
			switch (i % 7) {
				case 0 -> {
					questions.add(new SingleChoice(info, List.of(new Choice("a", "A", true, "yes"), new Choice("b", "B", false, "no"),
							new Choice("c", "C", false, ""), new Choice("d", "D", false, ""))));
					responses.add(new Response.Choices(List.of(i % 2 == 0 ? "a" : "b")));
				}
				case 1 -> {
					questions.add(new MultipleResponse(info, List.of(new Choice("a", "A", true, ""), new Choice("b", "B", true, ""),
							new Choice("c", "C", false, "no"), new Choice("d", "D", true, ""), new Choice("e", "E", false, "")), null));
					responses.add(new Response.Choices(List.of("a", "c", "d")));
				}
				case 2 -> {
					questions.add(SingleChoice.trueFalse(info, true, "", "no"));
					responses.add(new Response.Choices(List.of("true")));
				}
				case 3 -> {
					questions.add(new ShortAnswer(info, List.of(ShortAnswer.Accepted.text("Key Management Service", ""),
							ShortAnswer.Accepted.pattern("(aws )?kms", "")), "no"));
					responses.add(new Response.Text("  AWS   kms "));
				}
				case 4 -> {
					questions.add(new NumericAnswer(info, new BigDecimal("90"), new BigDecimal("0.5"), ""));
					responses.add(new Response.Text("90.25"));
				}
				case 5 -> {
					questions.add(new Matching(info, Map.of("ec2", "i", "rds", "c", "s3", "a", "emr", "c"), Set.of("i", "c", "a")));
					responses.add(new Response.Pairs(Map.of("ec2", "i", "rds", "a", "s3", "a", "emr", "c")));
				}
				default -> {
					questions.add(new Ordering(info, List.of("one", "two", "three", "four", "five")));
					responses.add(new Response.Order(List.of("two", "three", "four", "five", "one")));
				}
			}
		}
		int rounds = 200_000;
		long[] nanos = new long[rounds];
		double sink = 0;
		for (int warm = 0; warm < 2; warm++) {
			for (int round = 0; round < rounds; round++) {
				long started = System.nanoTime();
				double total = 0;
				for (int q = 0; q < questions.size(); q++) {
					total += questions.get(q).grade(responses.get(q)).fraction();
				}
				nanos[round] = System.nanoTime() - started;
				sink += total;
			}
		}
		java.util.Arrays.sort(nanos);
		double median = nanos[rounds / 2] / 1000.0;
		double p99 = nanos[rounds * 99 / 100] / 1000.0;
		System.out.printf("grading a 20-question attempt: median %.1f us, p99 %.1f us (checksum %.0f)%n", median, p99, sink);
		System.out.printf("target: at most 50 us: %s%n", median <= 50 ? "PASS" : "MISS");
	}
}
