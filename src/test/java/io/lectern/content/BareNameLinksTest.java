package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.LoadResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link whose destination is a bare name, {@code [the exercise](ex-keys)}: MyST-Parser resolves it
 * as Sphinx's {@code any} role does, mystmd as {@code [the exercise](#ex-keys)}. So when no file of
 * the course has that name, it is a reference to the label, in any lesson; a file's name keeps
 * leading to the file.
 */
class BareNameLinksTest {

	@TempDir
	Path dir;

	private ContentFolder course(String rolesBody) {
		return new ContentFolder(dir).file("iam/course.yml", """
				title: IAM
				slug: iam
				sections:
				  - title: Basics
				    lessons: [users.md, roles.md]
				""").lesson("iam/users.md", "Users", """
				(sec-users)=
				## Users

				```{exercise}
				:label: ex-keys
				Rotate a key.
				```
				""").lesson("iam/roles.md", "Roles", rolesBody).file("iam/policy", "{}\n");
	}

	@Test
	void aBareNameThatIsNoFileIsAReferenceToItsLabel() {
		Catalog catalog = course("""
				Try [the exercise](ex-keys), read about [users](sec-users) and [](ex-keys); the raw [policy](policy).
				""").catalog();

		String roles = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("roles")).orElseThrow().html();
		assertThat(roles).contains("Try <a href=\"/courses/iam/users#ex-keys\" class=\"reference\">the exercise</a>, "
				+ "read about <a href=\"/courses/iam/users#sec-users\" class=\"reference\">users</a> and "
				+ "<a href=\"/courses/iam/users#ex-keys\" class=\"reference\">Exercise 1</a>; "
				+ "the raw <a href=\"/courses/iam/media/policy\">policy</a>.");
	}

	@Test
	void aPagesNameWithoutItsExtensionLeadsToThePageAsInMystmd() {
		Catalog catalog = course("""
				Back to [the users page](users) or [the same](./users), [with its section](users#sec-users).
				""").catalog();

		String roles = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("roles")).orElseThrow().html();
		assertThat(roles).contains("<a href=\"/courses/iam/users\">the users page</a>")
			.contains("<a href=\"/courses/iam/users\">the same</a>")
			.contains("<a href=\"/courses/iam/users#sec-users\">with its section</a>");
	}

	@Test
	void aBareNameThatIsNeitherAFileNorALabelIsReportedAsAMissingLabel() {
		LoadResult result = course("See [the lab](lab-one) and [the notes](notes.pdf).\n").load();

		assertThat(result.problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
				"Reference to a label that does not exist: lab-one", "Link to a file that does not exist: notes.pdf");
	}

	@Test
	void sphinxsAnyRoleFindsALabelOrALessonTheSameWay() {
		Catalog catalog = course("""
				See {any}`sec-users`, {any}`the exercise <ex-keys>` and {any}`the users page <users>`.
				""").catalog();

		String roles = catalog.lesson(CourseSlug.of("iam"), LessonSlug.of("roles")).orElseThrow().html();
		assertThat(roles).contains("<a href=\"/courses/iam/users#sec-users\" class=\"reference\">Users</a>")
			.contains("<a href=\"/courses/iam/users#ex-keys\" class=\"reference\">the exercise</a>")
			.contains(">the users page</a>").contains("href=\"/courses/iam/users\"")
			.doesNotContain("{any}");
	}
}
