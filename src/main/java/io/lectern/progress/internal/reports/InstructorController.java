package io.lectern.progress.internal.reports;

import io.lectern.content.Course;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where instructors start (INSTRUCTOR or ADMIN only, by the security policy): each course's cohort and quizzes. */
@Controller
class InstructorController {

	/** A course with the quizzes that count towards it. */
	record CourseReports(Course course, List<Quiz> quizzes) {
	}

	private final CourseQuizzes courses;
	private final Quizzes quizzes;

	InstructorController(CourseQuizzes courses, Quizzes quizzes) {
		this.courses = courses;
		this.quizzes = quizzes;
	}

	@GetMapping("/instructor")
	String showReports(Model model) {
		List<CourseReports> reports = courses.courses()
			.stream()
			.map(course -> new CourseReports(course, courses.of(course)))
			.toList();
		Set<String> inCourses = new HashSet<>();
		reports.forEach(report -> report.quizzes().forEach(quiz -> inCourses.add(quiz.id().value())));
		model.addAttribute("courses", reports);
		// A quiz that belongs to no lesson of any course still has an item analysis.
		model.addAttribute("otherQuizzes", quizzes.all().stream().filter(quiz -> !inCourses.contains(quiz.id().value())).toList());
		return "progress/instructor";
	}
}
