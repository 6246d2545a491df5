package io.lectern.progress.internal.reports;

import io.lectern.content.Course;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.quiz.Quiz;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A course's cohort for instructors: a sortable table a page at a time, and the whole of it as CSV.
 * Sort, direction and page come from the address, so any value typed there shows a page: the
 * defaults stand in for what is not understood.
 */
@Controller
class CohortController {

	/** A sortable column's header: its column (the page names it), the order a click asks for, and its {@code aria-sort}. */
	record Header(CohortOrder.Column column, CohortOrder clicked, String ariaSort) {
	}

	/** Written in the CSV file for a learner whose account was deleted while progress was still forgetting them. */
	static final String DELETED_ACCOUNT = "(account deleted)";

	private final CourseQuizzes courses;
	private final Cohorts cohorts;

	CohortController(CourseQuizzes courses, Cohorts cohorts) {
		this.courses = courses;
		this.cohorts = cohorts;
	}

	@GetMapping("/instructor/courses/{courseSlug}")
	String showCohort(@PathVariable String courseSlug, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) String page, Model model) {
		CohortOrder order = CohortOrder.of(sort, dir);
		model.addAttribute("cohort", cohorts.page(course(courseSlug), order, pageNumber(page)));
		model.addAttribute("headers", Arrays.stream(CohortOrder.Column.values()).map(column -> header(column, order)).toList());
		return "progress/cohort";
	}

	@GetMapping("/instructor/courses/{courseSlug}/cohort.csv")
	ResponseEntity<String> downloadCohort(@PathVariable String courseSlug, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir) {
		Course course = course(courseSlug);
		List<Quiz> quizzes = courses.of(course);
		List<String> header = new ArrayList<>(List.of("Learner", "Complete (%)", "Lessons completed", "Quizzes passed"));
		quizzes.forEach(quiz -> header.add("Best score (%): " + quiz.title()));
		header.add("Last active (UTC)");
		ReportFormat format = ReportFormat.INSTANCE;
		List<List<String>> rows = cohorts.everyone(course, CohortOrder.of(sort, dir)).stream().map(row -> {
			List<String> cells = new ArrayList<>(List.of(row.name().orElse(DELETED_ACCOUNT), row.percent() + "",
					row.lessonsCompleted() + "", row.quizzesPassed() + ""));
			quizzes.forEach(quiz -> cells.add(row.best(quiz.id().value()).map(best -> format.score(best.percent())).orElse("")));
			cells.add(format.csvWhen(row.lastActive()));
			return cells;
		}).toList();
		return CsvDownload.of(course.slug() + "-cohort.csv", header, rows);
	}

	private Course course(String slug) {
		return courses.course(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noSuchCourse"));
	}

	private static Header header(CohortOrder.Column column, CohortOrder order) {
		return new Header(column, order.clicked(column), order.ariaSort(column));
	}

	/** The page asked for; anything but a number is the first. */
	private static int pageNumber(String page) {
		try {
			return page == null ? 1 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}
}
