package io.lectern.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.CourseSlug;
import io.lectern.content.Catalog;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.QuizQuestion;
import io.lectern.quiz.Quizzes;
import io.lectern.quiz.grading.QuestionInfo;
import io.lectern.web.HttpPages;
import io.lectern.web.PortalTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/** The course Lectern ships with, checked as a whole: quizzes for every lesson, and no dead link anywhere. */
class BundledCourseTest extends PortalTest {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");
	/** Pages that are about the course rather than lessons of it, and so need no quiz. */
	private static final Set<String> NOT_LESSONS = Set.of("aws-data-security/about.md");

	@Autowired
	Catalog catalog;

	@Autowired
	Quizzes quizzes;

	@Test
	void everyLessonHasAQuiz() {
		for (Lesson lesson : course().lessons()) {
			if (!NOT_LESSONS.contains(lesson.source())) {
				assertThat(quizzes.of(lesson)).as("quizzes of %s", lesson.source()).isNotEmpty();
			}
		}
	}

	@Test
	void everyQuestionHasAnExplanationATopicAndASectionThatExists() {
		Map<String, String> pages = new LinkedHashMap<>();
		for (Quiz quiz : quizzes.all()) {
			for (QuizQuestion question : quiz.questions()) {
				QuestionInfo info = question.question().info();
				String where = quiz.id() + "/" + info.id();
				assertThat(info.explanation()).as("explanation of %s", where).isNotBlank();
				assertThat(info.topics()).as("topics of %s", where).isNotEmpty();
				assertThat(info.lessonLink()).as("lesson link of %s", where).startsWith("/courses/");
				String link = info.lessonLink();
				String page = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
				String html = pages.computeIfAbsent(page, path -> pages().get(path).body());
				if (link.contains("#")) {
					assertThat(html).as("section %s of %s", link, where).contains("id=\"" + link.substring(link.indexOf('#') + 1) + "\"");
				}
			}
		}
		assertThat(pages).isNotEmpty();
	}

	@Test
	void everyInternalLinkAndImageOfEveryPageResolves() {
		Deque<String> toVisit = new ArrayDeque<>(List.of("/", course().url(), "/diagrams/shared-responsibility", "/search?q=encryption"));
		Set<String> visited = new LinkedHashSet<>();
		Map<String, String> anchors = new LinkedHashMap<>();
		while (!toVisit.isEmpty() && visited.size() < 400) {
			String path = toVisit.poll();
			if (!visited.add(path)) {
				continue;
			}
			HttpResponse<String> response = pages().get(path);
			if (response.statusCode() == 301) {
				toVisit.add(URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath());
				continue;
			}
			assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Matcher link = LINK.matcher(response.body());
			while (link.find()) {
				String target = HtmlUtils.htmlUnescape(link.group(1));
				if (target.startsWith("/api/") || target.startsWith("/actuator")) {
					continue;
				}
				int hash = target.indexOf('#');
				if (hash >= 0) {
					anchors.put(target, path);
					target = target.substring(0, hash);
				}
				if (!target.isEmpty() && !visited.contains(target)) {
					toVisit.add(target);
				}
			}
		}
		assertThat(visited).as("pages crawled").hasSizeGreaterThan(course().lessons().size());
		anchors.forEach((target, from) -> {
			String page = target.substring(0, target.indexOf('#'));
			String id = target.substring(target.indexOf('#') + 1);
			if (!page.isEmpty() && !id.isEmpty() && page.startsWith("/courses/")) {
				assertThat(pages().get(page).body()).as("anchor %s linked from %s", target, from).contains("id=\"" + id + "\"");
			}
		});
	}

	private Course course() {
		return catalog.course(CourseSlug.of("aws-data-security")).orElseThrow();
	}

	private HttpPages pages() {
		return pages;
	}
}
