package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course whose MyST lessons reference each other, loaded as the portal loads one. */
class CrossReferencesAcrossLessonsTest {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

	@TempDir
	Path dir;

	private ContentFolder course() {
		return new ContentFolder(dir).file("iam/course.yml", """
				title: IAM
				slug: iam
				sections:
				  - title: Basics
				    lessons: [users.md, roles.md]
				""").lesson("iam/users.md", "Users", """
				(sec-users)=
				## Users

				Users hold long-term keys; roles do not, see @sec-roles and {ref}`the role part <sec-roles>`.

				(sec-keys)=
				## Access keys

				Rotate them[^1]. Back to [](#sec-users); ask @octocat.

				[^1]: At least every 90 days.
				""").lesson("iam/roles.md", "Roles", """
				(sec-roles)=
				## Roles

				Unlike [users](#sec-users) and {ref}`sec-keys`, a role hands out short-lived credentials.
				Read {doc}`users` first, or <project:users.md>, or <project:users.md#sec-keys>.
				""");
	}

	@Test
	void referencesLeadToTheLessonAndAnchorOfTheirLabelWithItsTitle() {
		Catalog catalog = course().catalog();

		String users = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("users")).orElseThrow().html();
		String roles = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("roles")).orElseThrow().html();
		assertThat(users).contains("see <a href=\"/courses/iam/roles#sec-roles\" class=\"reference\">Roles</a> and "
				+ "<a href=\"/courses/iam/roles#sec-roles\" class=\"reference\">the role part</a>")
			.contains("Back to <a href=\"#sec-users\" class=\"reference\">Users</a>; ask @octocat.");
		assertThat(roles).contains("Unlike <a href=\"/courses/iam/users#sec-users\" class=\"reference\">users</a> and "
				+ "<a href=\"/courses/iam/users#sec-keys\" class=\"reference\">Access keys</a>")
			.contains("Read <a href=\"/courses/iam/users\" class=\"reference\">Users</a> first, or "
					+ "<a href=\"/courses/iam/users\" class=\"reference\">Users</a>, or "
					+ "<a href=\"/courses/iam/users#sec-keys\" class=\"reference\">Users</a>.");
	}

	@Test
	void everyLinkOfTheCourseLeadsToAnIdThatExists() {
		Catalog catalog = course().catalog();

		List<String> dangling = new ArrayList<>();
		for (Lesson lesson : catalog.course(CourseSlug.of("iam")).orElseThrow().lessons()) {
			Matcher href = HREF.matcher(lesson.html());
			while (href.find()) {
				String[] parts = href.group(1).split("#", 2);
				Lesson target = parts[0].isEmpty() ? lesson
						: catalog.lesson(CourseSlug.of("iam"), LessonSlug.of(parts[0].substring(parts[0].lastIndexOf('/') + 1))).orElse(null);
				if (target == null || parts.length == 2 && !target.html().contains("id=\"" + parts[1] + "\"")) {
					dangling.add(lesson.slug() + ": " + href.group(1));
				}
			}
		}
		assertThat(dangling).isEmpty();
	}

	@Test
	void aReferenceToALabelNoLessonHasIsAWarningAtItsLineAndTheLessonStillRenders() {
		LoadResult result = new ContentFolder(dir).lesson("notes/a.md", "A", """
				Intro.

				See {ref}`nowhere` and [the part](#gone).
				""").load();

		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly(
				"notes/a.md:6: warning: Reference to a label that does not exist: nowhere",
				"notes/a.md:6: warning: Reference to a label that does not exist: gone");
		assertThat(result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("a")).orElseThrow().html()).contains("See nowhere and the part.");
	}

	@Test
	void aLabelUsedInTwoLessonsIsReportedAndEachLessonsReferencesLeadToItsOwnTheOthersToTheFirst() {
		LoadResult result = new ContentFolder(dir).lesson("notes/a.md", "A", "(intro)=\n## Intro A\n")
			.lesson("notes/b.md", "B", "(intro)=\n## Intro B\n\nSee @intro.\n")
			.lesson("notes/c.md", "C", "See @intro.\n")
			.load();

		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly("notes/b.md:5: warning: Label \"intro\" "
				+ "is already used in notes/a.md:5; this lesson's references lead here, the other lessons' there");
		assertThat(result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("b")).orElseThrow().html())
			.contains("See <a href=\"#intro\" class=\"reference\">Intro B</a>.");
		assertThat(result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("c")).orElseThrow().html())
			.contains("See <a href=\"/courses/notes/a#intro\" class=\"reference\">Intro A</a>.");
	}

	@Test
	void aNumberedReferenceToATargetWithNoNumberShowsQuestionMarksAndIsReported() {
		LoadResult result = new ContentFolder(dir).file("notes/a.md", """
				---
				title: A
				numbering: false
				---
				(para)=
				A paragraph.

				See {numref}`Figure %s <para>`.
				""").load();

		assertThat(result.problems()).extracting(ContentProblem::message).containsExactly("\"para\" has no number to show");
		assertThat(result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of("a")).orElseThrow().html()).contains("Figure ??");
	}
}
