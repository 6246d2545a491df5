package io.lectern.progress.internal.reports;

import io.lectern.authoring.QuizId;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.quiz.QuizReports.Item;
import io.lectern.quiz.QuizReports.ItemAnalysis;
import io.lectern.quiz.QuizReports;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A quiz's item analysis for instructors, as a page that explains its figures and as CSV. */
@Controller
class ItemAnalysisController {

	/** Why a question is worth a second look: its message key on the page, its words in the CSV file. */
	enum Check {
		HARD("instructor.items.hard", "few get it right"),
		WEAK("instructor.items.weak", "does not separate strong from weak learners");

		private final String code;
		private final String inCsv;

		Check(String code, String inCsv) {
			this.code = code;
			this.inCsv = inCsv;
		}

		public String code() {
			return code;
		}

		static List<Check> of(Item item) {
			List<Check> checks = new ArrayList<>();
			if (item.hard()) {
				checks.add(HARD);
			}
			if (item.weaklyDiscriminating()) {
				checks.add(WEAK);
			}
			return checks;
		}
	}

	/** A question's figures with why it is worth checking, as message keys for the page; empty when it is not. */
	record Row(Item item, List<String> checks) {
	}

	private final QuizReports reports;
	private final CourseQuizzes courses;

	ItemAnalysisController(QuizReports reports, CourseQuizzes courses) {
		this.reports = reports;
		this.courses = courses;
	}

	@GetMapping("/instructor/quizzes/{quizId}")
	String showItemAnalysis(@PathVariable String quizId, Model model) {
		ItemAnalysis analysis = analysis(quizId);
		model.addAttribute("analysis", analysis);
		model.addAttribute("rows", analysis.items().stream().map(item -> new Row(item, Check.of(item).stream().map(Check::code).toList())).toList());
		model.addAttribute("course", courses.lessonsOf(analysis.quiz())
			.stream()
			.findFirst()
			.map(Lesson::courseSlug)
			.flatMap(slug -> courses.course(slug.value()))
			.orElse(null));
		model.addAttribute("lowFacility", Item.LOW_FACILITY * 100);
		model.addAttribute("lowDiscrimination", Item.LOW_DISCRIMINATION);
		return "progress/items";
	}

	@GetMapping("/instructor/quizzes/{quizId}/items.csv")
	ResponseEntity<String> downloadItemAnalysis(@PathVariable String quizId) {
		ItemAnalysis analysis = analysis(quizId);
		ReportFormat format = ReportFormat.INSTANCE;
		List<List<String>> rows = new ArrayList<>();
		for (Item item : analysis.items()) {
			rows.add(List.of(item.questionId(), item.prompt(), item.attempts() + "",
					item.attempts() == 0 ? "" : format.fractionPercent(item.facility()),
					item.discrimination().isPresent() ? format.correlation(item.discrimination()) : "",
					item.commonWrongAnswer().orElse(""), item.commonWrongAnswerCount() + "", checks(item),
					item.correctAnswer().orElse("")));
		}
		return CsvDownload.of(analysis.quiz().id() + "-items.csv", List.of("Question", "Prompt", "Attempts",
				"Facility (%)", "Discrimination", "Most common wrong answer", "Times given", "Worth checking",
				"Correct answer if it changed"), rows);
	}

	private ItemAnalysis analysis(String quizId) {
		return QuizId.read(quizId).flatMap(reports::itemAnalysis)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noSuchQuiz"));
	}

	/** The CSV file's "Worth checking" cell: the reasons in English, as its header row is. */
	static String checks(Item item) {
		return String.join("; ", Check.of(item).stream().map(check -> check.inCsv).toList());
	}
}
