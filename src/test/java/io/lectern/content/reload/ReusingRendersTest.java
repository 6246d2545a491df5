package io.lectern.content.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.Catalog;
import io.lectern.content.ContentFolder;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.DirectoryTree;
import io.lectern.content.internal.load.Reloaded;
import io.lectern.content.internal.load.RenderReuse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload renders again only the lessons whose inputs changed, and links every lesson again, so
 * what one lesson shows of another stays current. Renders are counted by the lessons a reload
 * reports it rendered, never by time.
 */
class ReusingRendersTest {

	@TempDir
	Path dir;

	ContentFolder folder;

	RenderReuse renders = new RenderReuse();

	Catalog served;

	@BeforeEach
	void loadACourseWhoseLessonsReferToEachOther() {
		folder = new ContentFolder(dir).file("iam/course.yml", """
				title: IAM
				slug: iam
				lessons: [users.md, roles.md, policies.md]
				""").lesson("iam/users.md", "Users", """
				(sec-keys)=
				## Access keys

				Users hold long-term keys.
				""").lesson("iam/roles.md", "Roles", """
				Unlike {ref}`sec-keys`, a role hands out short-lived credentials.
				""").lesson("iam/policies.md", "Policies", """
				```{include} snippet.md
				```

				See [the diagram](images/policy.png).
				""").file("iam/snippet.md", "Deny wins over allow.\n");
		served = folder.load(new CatalogLoader().reusing(renders)).catalog();
	}

	/** As the portal reloads: another loader with the same settings, sharing what was rendered. */
	private Reloaded reload(String... changed) {
		Reloaded reloaded = new CatalogLoader().reusing(renders).reload(new DirectoryTree(dir), served, List.of(changed));
		served = reloaded.result().catalog();
		return reloaded;
	}

	private String html(String lesson) {
		return served.lesson(CourseSlug.of("iam"), LessonSlug.of(lesson)).orElseThrow().html();
	}

	@Test
	void editingOneLessonRendersThatLessonAlone() {
		String roles = html("roles");
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Access keys\n\nUsers hold long-term keys, rotated.\n");

		Reloaded reloaded = reload("iam/users.md");

		assertThat(reloaded.courseSlugs()).containsExactly("iam");
		assertThat(reloaded.rendered()).containsExactly("iam/users.md");
		assertThat(html("users")).contains("rotated");
		assertThat(html("roles")).isEqualTo(roles);
	}

	@Test
	void aReferenceToAnEditedHeadingReadsItsNewTextWithoutRenderingTheReferringLesson() {
		assertThat(html("roles")).contains(">Access keys</a>");
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Long-term keys\n\nUsers hold long-term keys.\n");

		Reloaded reloaded = reload("iam/users.md");

		assertThat(reloaded.rendered()).containsExactly("iam/users.md");
		assertThat(html("roles")).contains("<a href=\"/courses/iam/users#sec-keys\" class=\"reference\">Long-term keys</a>")
			.doesNotContain("Access keys");
	}

	@Test
	void aLessonIsRenderedAgainWhenAFileItIncludesChanges() {
		folder.file("iam/snippet.md", "An explicit deny wins over any allow.\n");

		Reloaded reloaded = reload("iam/snippet.md");

		assertThat(reloaded.rendered()).containsExactly("iam/policies.md");
		assertThat(html("policies")).contains("An explicit deny wins over any allow.");
	}

	@Test
	void theProblemsOfAReusedRenderAreStillReported() {
		List<ContentProblem> atFirst = folder.load().problems();
		folder.lesson("iam/roles.md", "Roles", "Roles hand out short-lived credentials.\n");

		Reloaded reloaded = reload("iam/roles.md");

		assertThat(reloaded.rendered()).containsExactly("iam/roles.md");
		assertThat(atFirst).extracting(ContentProblem::file, ContentProblem::message)
			.containsExactly(tuple("iam/policies.md", "Link to a file that does not exist: images/policy.png"));
		assertThat(reloaded.result().problems()).isEqualTo(atFirst);
	}

	@Test
	void aFileAddedThatALinkPointsAtRendersTheLessonsAgainAndIsServed() {
		folder.bytes("iam/images/policy.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

		Reloaded reloaded = reload("iam/images/policy.png");

		assertThat(reloaded.rendered()).containsExactlyInAnyOrder("iam/users.md", "iam/roles.md", "iam/policies.md");
		assertThat(reloaded.result().problems()).isEmpty();
		assertThat(html("policies")).contains("href=\"/courses/iam/media/images/policy.png\"");
		assertThat(served.media()).containsKey("/courses/iam/media/images/policy.png");
	}

	@Test
	void aFileALessonShowsIsStillServedWhenItsRenderIsReused() {
		folder.bytes("iam/images/policy.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		reload("iam/images/policy.png");
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Access keys\n\nEdited.\n");

		Reloaded reloaded = reload("iam/users.md");

		assertThat(reloaded.rendered()).containsExactly("iam/users.md");
		assertThat(served.media()).containsKey("/courses/iam/media/images/policy.png");
	}

	@Test
	void aChangeToTheCourseFileRendersEveryLessonAgain() {
		folder.file("iam/course.yml", "title: IAM\nslug: iam\nlanguage: de\nlessons: [users.md, roles.md, policies.md]\n");

		Reloaded reloaded = reload("iam/course.yml");

		assertThat(reloaded.rendered()).containsExactlyInAnyOrder("iam/users.md", "iam/roles.md", "iam/policies.md");
	}

	@Test
	void editingOneLessonReadsTheFrontMatterOfThatLessonAlone() {
		folder.lesson("iam/users.md", "Users and keys", "(sec-keys)=\n## Access keys\n\nUsers hold long-term keys.\n");

		Reloaded reloaded = reload("iam/users.md");

		assertThat(reloaded.parsed()).containsExactly("iam/users.md");
		assertThat(served.lesson(CourseSlug.of("iam"), LessonSlug.of("users")).orElseThrow().title()).isEqualTo("Users and keys");
	}

	@Test
	void aWarningAboutTheFrontMatterOfAnUnchangedLessonIsStillReported() {
		folder.file("iam/roles.md", "Roles hand out short-lived credentials.\n");
		reload("iam/roles.md");
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Access keys\n\nEdited.\n");

		Reloaded reloaded = reload("iam/users.md");

		assertThat(reloaded.parsed()).containsExactly("iam/users.md");
		assertThat(reloaded.result().problems()).extracting(ContentProblem::file, ContentProblem::message)
			.contains(tuple("iam/roles.md", "Missing \"title\": titled \"Roles\"; add \"title: ...\" to the front matter, or start with a \"# \" heading"));
	}

	@Test
	void theDiagramsAreReadAgainOnlyWhenADiagramFileChanges() {
		var diagrams = served.diagrams();
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Access keys\n\nEdited.\n");
		reload("iam/users.md");

		assertThat(served.diagrams()).isSameAs(diagrams);

		folder.file("iam/extra.responsibility.yml", "id: [not closed\n");
		reload("iam/extra.responsibility.yml");

		assertThat(served.diagrams()).isNotSameAs(diagrams);
	}

	@Test
	void withoutSharedRendersEachLoaderRendersEveryLessonOfTheCourse() {
		folder.lesson("iam/users.md", "Users", "(sec-keys)=\n## Access keys\n\nEdited.\n");

		Reloaded reloaded = new CatalogLoader().reload(new DirectoryTree(dir), served, List.of("iam/users.md"));

		assertThat(reloaded.rendered()).hasSize(3);
	}
}
