package io.lectern.progress.internal.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Renders the chart fragment the way a page includes it, without starting the application. */
@ExtendWith(EnglishWords.class)
class ScoreChartFragmentTest {

	private static final Instant NOV_3 = Instant.parse("2026-11-03T10:15:00Z");

	private static final List<ScorePoint> TWO = List.of(new ScorePoint("IAM <basics>", NOV_3, 40, false),
			new ScorePoint("Encryption check", NOV_3.plusSeconds(86_400), 85, true));

	/** The page's HTML, each run of white space made one space so that line breaks in a tag do not matter. */
	private static String render(ScoreChart chart) {
		return render("<main><div th:replace=\"~{progress/chart :: scoreChart(${chart}, 'Your quiz scores')}\"></div></main>",
				chart);
	}

	private static String render(String page, ScoreChart chart) {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver pages = new StringTemplateResolver();
		pages.setOrder(2);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(pages);
		return engine.process(page, new Context(null, Map.of("chart", chart))).replaceAll("\\s+", " ");
	}

	@Test
	void theChartIsAnImageNamedByItsTitleAndDescribedByItsSummary() {
		String html = render(ScoreChart.of(TWO, EnglishWords.WORDS));

		assertThat(html).contains("role=\"img\"", "viewBox=\"0 0 640 240\"",
				"aria-labelledby=\"score-chart-1-title score-chart-1-desc\"",
				"<title id=\"score-chart-1-title\">Your quiz scores</title>",
				"<desc id=\"score-chart-1-desc\">2 quiz attempts; the first scored 40% and the latest 85%.</desc>");
	}

	@Test
	void aPassedAttemptIsACircleAndAnyOtherAHollowSquareEachWithItsLabelAsATooltip() {
		String html = render(ScoreChart.of(TWO, EnglishWords.WORDS));

		assertThat(html).contains("<rect class=\"chart-dot chart-dot-not-passed\" x=\"-4.5\" y=\"-4.5\" width=\"9\" height=\"9\""
						+ " transform=\"translate(192.0 131.2)\">",
				"<title>IAM &lt;basics&gt;, 3 Nov 2026: 40% (not passed)</title>",
				"<circle class=\"chart-dot chart-dot-passed\" r=\"5\" cx=\"480.0\" cy=\"44.8\">",
				"<title>Encryption check, 4 Nov 2026: 85% (passed)</title>");
	}

	@Test
	void theGridlinesDatesAndLineAreDrawn() {
		String html = render(ScoreChart.of(TWO, EnglishWords.WORDS));

		assertThat(html).contains(">100%</text>", ">0%</text>", ">3 Nov</text>", ">4 Nov</text>",
				"<path class=\"chart-line\" d=\"M192,131.2 L480,44.8\"/>");
		assertThat(html.split("class=\"chart-grid\"", -1)).hasSize(6);
	}

	@Test
	void twoChartsOnOnePageAreNamedByTheirOwnTitles() {
		String html = render("<main><div th:replace=\"~{progress/chart :: scoreChart(${chart}, 'This week')}\"></div>"
				+ "<div th:replace=\"~{progress/chart :: scoreChart(${chart}, 'All time')}\"></div></main>",
				ScoreChart.of(TWO, EnglishWords.WORDS));

		assertThat(html).contains("aria-labelledby=\"score-chart-1-title score-chart-1-desc\"",
				"<title id=\"score-chart-1-title\">This week</title>",
				"aria-labelledby=\"score-chart-2-title score-chart-2-desc\"",
				"<title id=\"score-chart-2-title\">All time</title>");
	}

	@Test
	void theChartIsStyledByClassesOnlyAsTheContentSecurityPolicyForbidsStyleAttributes() {
		assertThat(render(ScoreChart.of(TWO, EnglishWords.WORDS))).doesNotContain("style=");
	}

	@Test
	void anEmptyChartSaysThereIsNothingYetInsteadOfDrawingAxes() {
		String html = render(ScoreChart.of(List.of(), EnglishWords.WORDS));

		assertThat(html).contains("No quiz attempts yet.").doesNotContain("<svg");
	}
}
