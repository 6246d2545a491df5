import io.lectern.authoring.ContentProblem;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.grading.Response;
import io.lectern.quiz.internal.QuizLoader;
import io.lectern.quiz.internal.QuizVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quizzes of the course ProgressSeed fills the database for: a quiz of ten questions, of every
 * type, for each lesson, written beside the lesson and loaded with the portal's own loaders, with
 * the version the portal keeps of it; and for each question a right answer and a few wrong ones.
 */
final class SeedQuizzes {

	static final List<String> TOPICS = List.of("shared-responsibility", "encryption", "key-management", "iam-users",
			"iam-groups", "iam-roles", "iam-policies", "least-privilege", "root-user", "service-roles", "network-security",
			"logging", "s3-security", "emr-security", "redshift-security", "kinesis-security");

	static final int QUESTIONS_PER_QUIZ = 10;
	static final int PASS_MARK = 70;

	/** A question with its right answer and a few wrong ones. */
	record Item(String id, Response right, List<Response> wrong) {
	}

	/** A lesson's quiz as read by the portal, with the version its attempts start with and its questions' answers. */
	record Exam(Quiz quiz, QuizVersion version, String lessonSource, List<Item> items) {
	}

	private SeedQuizzes() {
	}

	/**
	 * Writes {@code lesson-NNNN.quiz.yml} beside each lesson of the course, then loads the content
	 * folder as the portal does at start-up (its catalog loader, then its quiz loader, which resolves
	 * each question's lesson link to the lesson's address), so that each quiz and its version are
	 * those the portal serves.
	 */
	static List<Exam> writeQuizzes(Path content, String course) throws Exception {
		List<String> lessons = Files.readAllLines(content.resolve(course).resolve("course.yml"))
			.stream()
			.filter(line -> line.startsWith("  - "))
			.map(line -> line.substring(4).strip())
			.toList();
		for (int k = 0; k < lessons.size(); k++) {
			String lesson = lessons.get(k);
			Files.writeString(content.resolve(course).resolve(lesson.replace(".md", ".quiz.yml")), QuizYaml.of(k + 1, lesson));
		}
		LoadResult loaded = new CatalogLoader().load(new DirectoryTree(content));
		QuizLoader.Result read = QuizLoader.load(loaded.catalog());
		List<ContentProblem> errors = new ArrayList<>(loaded.problems());
		errors.addAll(read.problems());
		errors.removeIf(problem -> !problem.isError());
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The generated course does not load: " + errors);
		}
		Map<String, Quiz> byId = new HashMap<>();
		read.quizzes().forEach(quiz -> byId.put(quiz.id().value(), quiz));
		List<Exam> exams = new ArrayList<>();
		for (int k = 0; k < lessons.size(); k++) {
			Quiz quiz = byId.get(QuizYaml.id(k + 1));
			List<Item> items = new ArrayList<>();
			for (QuizQuestion question : quiz.questions()) {
				items.add(item(question));
			}
			exams.add(new Exam(quiz, QuizVersion.of(quiz), course + "/" + lessons.get(k), items));
		}
		return exams;
	}

	static Item item(QuizQuestion question) {
		String id = question.question().info().id();
		List<Response> wrong = switch (question.type()) {
			case "single_choice" -> List.of(choices("b"), choices("c"));
			case "multiple_response" -> List.of(choices("a"), choices("a", "c"), choices("b", "d"), choices("c"));
			case "true_false" -> List.of(choices(QuizYaml.trueFalse(id) ? "false" : "true"));
			case "short_answer" -> List.of(new Response.Text("SSE-S3"), new Response.Text("KMS"));
			case "numeric" -> List.of(new Response.Text("4"), new Response.Text("2"));
			case "matching" -> List.of(new Response.Pairs(Map.of("i1", "o2", "i2", "o1", "i3", "o3")));
			case "ordering" -> List.of(new Response.Order(List.of("s2", "s1", "s3", "s4")),
					new Response.Order(List.of("s4", "s3", "s2", "s1")));
			default -> throw new IllegalStateException(question.type());
		};
		Response right = switch (question.type()) {
			case "single_choice" -> choices("a");
			case "multiple_response" -> choices("a", "b");
			case "true_false" -> choices(QuizYaml.trueFalse(id) ? "true" : "false");
			case "short_answer" -> new Response.Text("SSE-KMS");
			case "numeric" -> new Response.Text("3");
			case "matching" -> new Response.Pairs(Map.of("i1", "o1", "i2", "o2", "i3", "o3"));
			default -> new Response.Order(List.of("s1", "s2", "s3", "s4"));
		};
		return new Item(id, right, wrong);
	}

	static Response choices(String... ids) {
		return new Response.Choices(List.of(ids));
	}

	/** The generated quizzes: ten questions of every type, each tagged with one or two topics. */
	static final class QuizYaml {

		static final List<String> TYPES = List.of("single_choice", "multiple_response", "true_false", "short_answer",
				"numeric", "matching", "ordering", "single_choice", "multiple_response", "true_false");

		static final List<String> ANCHORS = List.of("overview", "details", "next-steps", "further-reading");

		static String id(int lesson) {
			return String.format("big-course-quiz-%02d", lesson);
		}

		static boolean trueFalse(String questionId) {
			return questionId.hashCode() % 2 == 0;
		}

		static String of(int lesson, String lessonFile) {
			StringBuilder yaml = new StringBuilder();
			yaml.append("id: ").append(id(lesson)).append('\n')
				.append("title: \"Lesson ").append(lesson).append(" check\"\n")
				.append("lessons: [").append(lessonFile).append("]\n")
				.append("pass_mark: ").append(PASS_MARK).append('\n')
				.append("attempts: unlimited\n")
				.append("grading: highest\n")
				.append("questions:\n");
			for (int j = 1; j <= QUESTIONS_PER_QUIZ; j++) {
				String type = TYPES.get(j - 1);
				String id = String.format("q%02d", j);
				List<String> topics = new ArrayList<>(List.of(TOPICS.get((lesson + j) % TOPICS.size())));
				if (j % 2 == 0) {
					String second = TOPICS.get((lesson * 3 + j + 5) % TOPICS.size());
					if (!topics.contains(second)) {
						topics.add(second);
					}
				}
				yaml.append("  - id: ").append(id).append('\n')
					.append("    type: ").append(type).append('\n')
					.append("    prompt: \"Lesson ").append(lesson).append(", question ").append(j)
					.append(": which is right about ").append(topics.get(0)).append("?\"\n")
					.append("    topics: [").append(String.join(", ", topics)).append("]\n")
					.append("    explanation: \"The lesson explains it in its ").append(ANCHORS.get(j % ANCHORS.size()))
					.append(" section.\"\n")
					.append("    lesson: ").append(lessonFile).append('#').append(ANCHORS.get(j % ANCHORS.size())).append('\n')
					.append(body(type, id));
			}
			return yaml.toString();
		}

		static String body(String type, String id) {
			return switch (type) {
				case "single_choice" -> """
						    choices:
						      - {id: a, text: "The customer", correct: true}
						      - {id: b, text: "The provider"}
						      - {id: c, text: "Nobody"}
						""";
				case "multiple_response" -> """
						    choices:
						      - {id: a, text: "Protect the data", correct: true}
						      - {id: b, text: "Decide who may read it", correct: true}
						      - {id: c, text: "Patch the hypervisor"}
						      - {id: d, text: "Guard the data centre"}
						""";
				case "true_false" -> "    answer: " + trueFalse(id) + "\n";
				case "short_answer" -> """
						    answers:
						      - {text: SSE-KMS}
						""";
				case "numeric" -> "    answer: 3\n";
				case "matching" -> """
						    items:
						      - {id: i1, text: Amazon EC2, match: o1}
						      - {id: i2, text: Amazon EMR, match: o2}
						      - {id: i3, text: Amazon DynamoDB, match: o3}
						    options:
						      - {id: o1, text: Infrastructure}
						      - {id: o2, text: Container}
						      - {id: o3, text: Abstract}
						""";
				default -> """
						    items:
						      - {id: s1, text: Amazon EC2}
						      - {id: s2, text: Amazon EMR}
						      - {id: s3, text: Amazon Redshift}
						      - {id: s4, text: Amazon S3}
						""";
			};
		}
	}
}
