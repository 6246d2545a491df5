package io.lectern.content.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NotebookReaderTest {

	private final Problems problems = new Problems();

	private final LessonSource accessLogs = read("course/access-logs.ipynb", fixture("access-logs.ipynb"));

	@Test
	void takesTheTitleFromTheNotebookMetadata() {
		assertThat(accessLogs.title()).isEqualTo("Reading access logs");
		assertThat(accessLogs.slug()).isEqualTo("access-logs");
	}

	@Test
	void takesTheTitleFromTheFirstHeadingWhenTheMetadataHasNone() {
		assertThat(read("course/first-steps.ipynb", fixture("first-steps.ipynb")).title()).isEqualTo("First steps");
	}

	@Test
	void takesTheTitleFromTheFileNameWithoutMetadataOrHeading() {
		assertThat(read("course/scratch-pad.ipynb", notebook("{\"cell_type\": \"markdown\", \"source\": \"No heading.\"}"))
			.title()).isEqualTo("scratch-pad");
	}

	@Test
	void readsFrontMatterFromAFirstRawCell() {
		LessonSource lesson = read("course/roles.ipynb", notebook("""
				{"cell_type": "raw", "metadata": {}, "source": ["---\\n", "title: Assuming roles\\n",
				 "summary: Temporary credentials.\\n", "topics: [iam-roles]\\n", "redirect_from: /old/roles\\n", "---"]},
				{"cell_type": "markdown", "metadata": {}, "source": "# Something else"}"""));

		assertThat(lesson.title()).isEqualTo("Assuming roles");
		assertThat(lesson.summary()).isEqualTo("Temporary credentials.");
		assertThat(lesson.topics()).containsExactly("iam-roles");
		assertThat(lesson.oldPaths()).containsExactly("/old/roles");
		assertThat(lesson.body()).doesNotContain("title:");
	}

	@Test
	void writesCodeCellsAsFencedCodeInTheKernelLanguageUnderTheirExecutionCount() {
		assertThat(accessLogs.body())
			.contains("<p class=\"notebook-prompt\">In [1]:</p>\n\n```python\nprint(\"hello\")\nprint()\n")
			.contains("<p class=\"notebook-prompt\">In [ ]:</p>\n\n```python\nunrun = True\n```");
	}

	@Test
	void writesStreamsAndPlainResultsAsEscapedTextThatKeepsItsBlankLinesInOneBlock() {
		assertThat(accessLogs.body())
			.contains("<div class=\"notebook-output notebook-stdout\"><pre>hello&#10;&#10;world&#10;</pre></div>")
			.contains("<div class=\"notebook-output notebook-stderr\"><pre>careful &lt;now&gt;&#10;</pre></div>")
			.contains("<p class=\"notebook-prompt\">Out[3]:</p><pre>42</pre>");
	}

	@Test
	void writesErrorsWithTheirNameAndValueAndATracebackWithoutTerminalColours() {
		assertThat(accessLogs.body())
			.contains("<strong>ZeroDivisionError</strong>: division by zero")
			.contains("----&gt; 1 1/0")
			.doesNotContain("\u001B")
			.doesNotContain("[0;31m");
	}

	@Test
	void showsOneRepresentationPerOutputTheRichestFirst() {
		assertThat(accessLogs.body()).contains("<table class=\"dataframe\">")
			.doesNotContain("principal  count")
			.contains("![Output of cell 5](access-logs.ipynb/cell-5-output-1.png)")
			.doesNotContain("Figure size");
	}

	@Test
	void decodesOutputImagesIntoFilesNamedAfterTheNotebookCellAndOutput() {
		assertThat(accessLogs.outputFiles()).containsOnlyKeys("course/access-logs.ipynb/cell-5-output-1.png",
				"course/access-logs.ipynb/cell-9-output-1.jpg");
		assertThat(accessLogs.outputFiles().get("course/access-logs.ipynb/cell-5-output-1.png"))
			.startsWith(0x89, 'P', 'N', 'G');
		assertThat(accessLogs.outputFiles().get("course/access-logs.ipynb/cell-9-output-1.jpg")).startsWith(0xFF, 0xD8);
	}

	@Test
	void tagsRemoveCellsInputsAndOutputsAndFoldHiddenInput() {
		assertThat(accessLogs.body()).doesNotContain("removed cell")
			.containsSubsequence("<details class=\"notebook-hidden-input\">", "<summary>Show code</summary>", "hidden input",
					"</details>", "only the output")
			.doesNotContain("removed input")
			.contains("cell-9-output-1.jpg")
			.contains("print(\"shown code\")")
			.doesNotContain("removed output");
	}

	@Test
	void linesOfTheBodyLeadBackToTheCellTheyCameFrom() {
		String[] body = accessLogs.body().split("\n", -1);
		int unrun = Arrays.asList(body).indexOf("unrun = True") + 1;

		assertThat(accessLogs.fileLine().applyAsInt(1)).isEqualTo(3);
		// The cell that never ran opens two lines above its null execution count.
		assertThat(accessLogs.fileLine().applyAsInt(unrun))
			.isEqualTo(lineOf(fixture("access-logs.ipynb"), "\"execution_count\": null") - 2);
	}

	@Test
	void reportsInvalidJsonAtItsLine() {
		NotebookReader.read("c/broken.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"markdown\",,}\n ]\n}", problems);

		assertThat(problems.sorted()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.message()).startsWith("Invalid notebook JSON");
		});
	}

	@Test
	void reportsANotebookOfAnotherFormat() {
		NotebookReader.read("c/old.ipynb", "{\"nbformat\": 3, \"worksheets\": []}", problems);

		assertThat(problems.sorted()).extracting(ContentProblem::message)
			.singleElement().asString().contains("nbformat 4").contains("nbformat 3");
	}

	@Test
	void reportsACellOfAnUnknownTypeAtTheCell() {
		NotebookReader.read("c/odd.ipynb", notebook("""
				{"cell_type": "markdown", "source": "Fine."},
				{"cell_type": "heading", "source": "Gone since nbformat 4"}"""), problems);

		assertThat(problems.sorted()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.message()).contains("Cell 2").contains("\"heading\"");
		});
	}

	@Test
	void reportsAnImageOutputThatIsNotBase64() {
		NotebookReader.read("c/bad-image.ipynb", notebook("""
				{"cell_type": "code", "execution_count": 1, "source": "plot()", "outputs": [
				 {"output_type": "display_data", "data": {"image/png": "not base64!"}}]}"""), problems);

		assertThat(problems.sorted()).extracting(ContentProblem::message).singleElement().asString()
			.contains("Output 1 of cell 1");
	}

	private LessonSource read(String path, String text) {
		LessonSource lesson = NotebookReader.read(path, text, problems).orElseThrow();
		assertThat(problems.sorted()).isEmpty();
		return lesson;
	}

	/** A notebook whose cells start on line 3, one line per cell given. */
	private static String notebook(String cells) {
		return "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {},\n \"cells\": [\n" + cells + "\n]}";
	}

	private static int lineOf(String text, String fragment) {
		return text.substring(0, text.indexOf(fragment)).split("\n", -1).length;
	}

	static String fixture(String name) {
		try {
			return Files.readString(Path.of("src/test/resources/fixtures/notebooks", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
