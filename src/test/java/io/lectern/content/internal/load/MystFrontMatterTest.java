package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.Problems;
import io.lectern.content.internal.render.Labelled;
import io.lectern.content.internal.render.myst.NumberingSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys a MyST page's front matter may hold, as the mystmd guide lists them. */
class MystFrontMatterTest {

	private final Problems problems = new Problems();

	private LessonSource read(String frontMatter) {
		return LessonReader.read("c/page.md", "---\n" + frontMatter + "---\nBody.\n", problems).orElseThrow();
	}

	@Test
	void subtitleShortTitleAuthorsAndDateAreRead() {
		LessonSource lesson = read("""
				title: Identity and Access Management in depth
				subtitle: Who may do what
				short_title: IAM
				authors:
				  - Ada Lovelace
				  - name: Grace Hopper
				    affiliation: Navy
				date: 2024-03-01
				""");

		assertThat(problems.count()).isZero();
		assertThat(lesson.details().subtitle()).contains("Who may do what");
		assertThat(lesson.details().shortTitle()).contains("IAM");
		assertThat(lesson.details().authors()).containsExactly("Ada Lovelace", "Grace Hopper");
		assertThat(lesson.details().date()).contains("2024-03-01");
	}

	@Test
	void descriptionAndTagsStandInForSummaryAndTopics() {
		LessonSource lesson = read("title: T\ndescription: What roles are.\ntags: [iam, sts]\n");

		assertThat(lesson.summary()).isEqualTo("What roles are.");
		assertThat(lesson.topics()).containsExactly("iam", "sts");
	}

	@Test
	void keywordsStandInForTopicsAndLecternsOwnKeysWin() {
		assertThat(read("title: T\nkeywords: [keys]\n").topics()).containsExactly("keys");
		LessonSource both = read("title: T\nsummary: Ours.\ndescription: Theirs.\ntopics: [a]\ntags: [b]\n");
		assertThat(both.summary()).isEqualTo("Ours.");
		assertThat(both.topics()).containsExactly("a");
	}

	@Test
	void numberingFalseSwitchesEveryKindOffAndAKindCanBeSwitchedOffAlone() {
		assertThat(settings("title: T\nnumbering: false\n").numbers(Labelled.Kind.FIGURE)).isFalse();
		NumberingSettings some = settings("title: T\nnumbering:\n  figure: false\n  equation:\n    enabled: false\n  headings: true\n");
		assertThat(List.of(Labelled.Kind.FIGURE, Labelled.Kind.EQUATION, Labelled.Kind.TABLE).stream()
			.map(some::numbers)).containsExactly(false, false, true);
		assertThat(some.numbersHeadings(2)).isTrue();
		assertThat(settings("title: T\n").numbers(Labelled.Kind.FIGURE)).isTrue();
		assertThat(settings("title: T\n").numbersHeadings(2)).isFalse();
	}

	private NumberingSettings settings(String frontMatter) {
		return NumberingSettings.of(read(frontMatter).numbering());
	}

	@Test
	void otherMystKeysAreAcceptedAndIgnored() {
		LessonSource lesson = read("""
				title: T
				thumbnail: ./thumb.png
				exports: [pdf]
				license: CC-BY-4.0
				jupytext: {formats: md}
				""");

		assertThat(problems.count()).isZero();
		assertThat(lesson.details().subtitle()).isEqualTo(Optional.empty());
	}
}
