package io.lectern.progress.internal.completion;

import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.steps.StepsView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Mark as complete" at the end of a lesson. Pressing it twice, or in two tabs at once, completes the lesson once. */
@Controller
class CompletionController {

	private final Catalog catalog;
	private final LearnerIdentity learners;
	private final Completions completions;
	private final StepsView steps;

	CompletionController(Catalog catalog, LearnerIdentity learners, Completions completions, StepsView steps) {
		this.catalog = catalog;
		this.learners = learners;
		this.completions = completions;
		this.steps = steps;
	}

	@PostMapping("/progress/completions")
	String processCompletion(@RequestParam(defaultValue = "") String course,
			@RequestParam(defaultValue = "") String lesson, HttpServletRequest request) {
		LearnerId learner = learners.current(request)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "reason.logInForProgress"));
		Lesson completed = CourseSlug.read(course).flatMap(slug -> LessonSlug.read(lesson).flatMap(page -> catalog.lesson(slug, page)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "reason.noSuchLesson"));
		completions.complete(learner, completed, LessonCompletion.By.LEARNER);
		// The page this leads to may be served by another instance, which keeps its own view of the steps.
		steps.changedIn(request);
		return "redirect:" + completed.url() + "#lesson-progress";
	}
}
