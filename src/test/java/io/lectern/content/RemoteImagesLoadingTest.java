package io.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.CourseSlug;
import io.lectern.authoring.LessonSlug;
import io.lectern.content.internal.load.CatalogLoader;
import io.lectern.content.internal.load.LoadResult;
import io.lectern.content.internal.math.Formulas;
import io.lectern.content.internal.remote.RemoteImageFetcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures from elsewhere, kept at home: a lesson that shows an image from another site shows the
 * portal's copy, fetched when the course loads, so that learners load nothing from that site.
 */
class RemoteImagesLoadingTest {

	private static final Pattern COPY = Pattern.compile("/courses/notes/media/remote/[0-9a-f]{64}\\.png");

	@TempDir
	Path content;

	@TempDir
	Path data;

	private final ImageServer site = ImageServer.start();

	@AfterEach
	void stop() {
		site.close();
	}

	private CatalogLoader fetching() {
		return new CatalogLoader(Formulas.uncached(), RemoteImageFetcher.allowingLoopbackForTests(data, Duration.ofSeconds(10)));
	}

	private static String html(LoadResult result, String slug) {
		return result.catalog().lesson(CourseSlug.of("notes"), LessonSlug.of(slug)).orElseThrow().html();
	}

	@Test
	void aMarkdownImageFromAnotherSiteShowsFromTheCoursesMediaWithItsAltText() {
		site.png("/models.png", "\"v1\"");
		LoadResult result = new ContentFolder(content)
			.lesson("notes/shared.md", "Shared", "![Service models](" + site.url("/models.png") + ")\n")
			.load(fetching());

		String html = html(result, "shared");
		Matcher copy = COPY.matcher(html);
		assertThat(result.problems()).isEmpty();
		assertThat(copy.find()).isTrue();
		assertThat(html).contains("<img src=\"" + copy.group() + "\" alt=\"Service models\" />").doesNotContain("127.0.0.1");
		assertThat(result.catalog().media(copy.group())).hasValueSatisfying(media -> {
			assertThat(media.bytes()).isEqualTo(ImageServer.PNG);
			assertThat(media.contentType()).isEqualTo("image/png");
		});
	}

	@Test
	void aRawHtmlImageKeepsItsAttributesAndLosesItsHandlers() {
		site.png("/raw.png", "\"v1\"");
		LoadResult result = new ContentFolder(content)
			.lesson("notes/raw.md", "Raw", "<img src=\"" + site.url("/raw.png") + "\" alt=\"Raw\" width=\"20\" onerror=\"alert(1)\">\n")
			.load(fetching());

		String html = html(result, "raw");
		Matcher copy = COPY.matcher(html);
		assertThat(copy.find()).isTrue();
		assertThat(html).contains("<img src=\"" + copy.group() + "\" alt=\"Raw\" width=\"20\" />").doesNotContain("onerror", "127.0.0.1");
		assertThat(result.catalog().media(copy.group())).isPresent();
	}

	@Test
	void theNextLoadAsksTheSiteWhetherTheImageChangedInsteadOfFetchingItAgain() {
		site.png("/models.png", "\"v1\"");
		ContentFolder folder = new ContentFolder(content).lesson("notes/shared.md", "Shared",
				"![A](" + site.url("/models.png") + ")\n\nAgain: ![B](" + site.url("/models.png") + ")\n");

		LoadResult first = folder.load(fetching());
		LoadResult second = folder.load(fetching());

		assertThat(site.requests("/models.png")).hasSize(2);
		assertThat(site.requests("/models.png").get(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
		assertThat(html(second, "shared")).isEqualTo(html(first, "shared"));
		Matcher copy = COPY.matcher(html(second, "shared"));
		assertThat(copy.find()).isTrue();
		assertThat(second.catalog().media(copy.group()).orElseThrow().bytes()).isEqualTo(ImageServer.PNG);
	}

	@Test
	void figureAndImageDirectivesShowTheirCopyTooAlsoInsideAnotherDirective() {
		site.png("/sunset.png", "\"v1\"");
		site.serve("/gone.png", 404, Map.of(), "gone".getBytes(StandardCharsets.UTF_8));
		LoadResult result = new ContentFolder(content).lesson("notes/figures.md", "Figures", """
				```{figure} %s
				:alt: A sunset

				Evening light.
				```

				````{note}
				```{image} %s
				:alt: Gone
				```
				````

				```{raw} jupyter
				<img src="%s" alt="Only in Jupyter">
				```
				""".formatted(site.url("/sunset.png"), site.url("/gone.png"), site.url("/jupyter.png"))).load(fetching());

		String html = html(result, "figures");
		Matcher copy = COPY.matcher(html);
		assertThat(copy.find()).isTrue();
		assertThat(html).contains("<img src=\"" + copy.group() + "\"").doesNotContain(site.url("/sunset.png"));
		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly("notes/figures.md:11: warning: "
				+ "Image from another site could not be fetched, so it shows as a link: " + site.url("/gone.png")
				+ " (the server answered 404)");
	}

	@Test
	void anImageThatCannotBeFetchedStaysALinkWithAWarningOnItsLine() {
		site.serve("/gone.png", 404, Map.of(), "gone".getBytes(StandardCharsets.UTF_8));
		String url = site.url("/gone.png");
		LoadResult result = new ContentFolder(content)
			.lesson("notes/broken.md", "Broken", "Intro\n\n![Service models](" + url + ")\n")
			.load(fetching());

		assertThat(html(result, "broken")).contains("<a href=\"" + url + "\" class=\"remote-image\">Image: Service models</a>");
		assertThat(result.problems()).extracting(ContentProblem::toString).containsExactly("notes/broken.md:6: warning: "
				+ "Image from another site could not be fetched, so it shows as a link: " + url + " (the server answered 404)");
	}

	@Test
	void eachCourseServesTheImageUnderItsOwnAddressFromOneFetch() {
		site.png("/models.png", "\"v1\"");
		LoadResult result = new ContentFolder(content)
			.lesson("notes/a.md", "A", "![A](" + site.url("/models.png") + ")\n")
			.lesson("labs/b.md", "B", "<img src=\"" + site.url("/models.png") + "\" alt=\"B\">\n")
			.load(fetching());

		String inLabs = result.catalog().lesson(CourseSlug.of("labs"), LessonSlug.of("b")).orElseThrow().html();
		assertThat(inLabs).containsPattern("src=\"/courses/labs/media/remote/[0-9a-f]{64}\\.png\"");
		assertThat(html(result, "a")).containsPattern(COPY);
		assertThat(site.requests("/models.png")).hasSize(1);
	}

	@Test
	void inLinkModeImagesFromOtherSitesStayLinksAndNothingIsFetched() {
		site.png("/models.png", "\"v1\"");
		String url = site.url("/models.png");
		LoadResult result = new ContentFolder(content).lesson("notes/shared.md", "Shared", "![Service models](" + url + ")\n")
			.load(new CatalogLoader());

		assertThat(html(result, "shared")).contains("<a href=\"" + url + "\" class=\"remote-image\">Image: Service models</a>");
		assertThat(result.problems()).isEmpty();
		assertThat(site.requests("/models.png")).isEmpty();
	}

	@Test
	void aCourseWithoutImagesFromOtherSitesLoadsAsBefore() {
		LoadResult result = new ContentFolder(content)
			.lesson("notes/plain.md", "Plain", "A [link](https://example.org/page) and ![local](pic.png).\n")
			.bytes("notes/pic.png", ImageServer.PNG)
			.load(fetching());

		assertThat(result.problems()).isEmpty();
		assertThat(html(result, "plain")).contains("<img src=\"/courses/notes/media/pic.png\" alt=\"local\" />");
		assertThat(List.of(data.toFile().list())).isEmpty();
	}
}
