package io.lectern.diagrams.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The explorer and its images over real HTTP, with the bundled model. */
class ExplorerPagesTest extends PortalTest {

	@Test
	void withoutAChoiceTheExplorerComparesAllThreeModels() {
		HttpResponse<String> page = pages.get("/diagrams/shared-responsibility");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h2 id=\"explorer-title\">The AWS Shared Responsibility Model</h2>",
				"data-model=\"infrastructure\"", "data-model=\"container\"", "data-model=\"abstract\"",
				"The hypervisor that lets many customers share one machine")
			.doesNotContain("What you must secure for", " style=\"");
	}

	@Test
	void emrShowsTheContainerModelAndWhatEachSideSecures() {
		String body = pages.get("/diagrams/shared-responsibility?service=EMR").body();

		assertThat(body).contains("<h2 id=\"explorer-title\">Who secures what for EMR: the container model</h2>",
				"EMR follows the container model.", "<option value=\"EMR\" selected=\"selected\">EMR</option>");
		String yours = between(body, "What you must secure for EMR", "What AWS secures");
		String theirs = between(body, "What AWS secures", "Show as table");
		assertThat(yours).contains("Customer data", "Identity and access management", "Network and firewall configuration",
				"Platform and application software").doesNotContain("Guest operating system", "Virtualization");
		assertThat(theirs).contains("Guest operating system and patching", "Virtualization (hypervisor)",
				"Platform and application software").doesNotContain("Customer data", "Network and firewall");
		assertThat(between(body, "Platform and application software", "</li>")).contains("with AWS");
	}

	@Test
	void aServiceIsFoundWhateverItsCase() {
		assertThat(pages.get("/diagrams/shared-responsibility?service=dynamodb").body())
			.contains("Who secures what for DynamoDB: the abstract model");
	}

	@Test
	void anUnknownServiceIsA400ThatListsTheValidOnesAndKeepsTheForm() {
		HttpResponse<String> page = pages.get("/diagrams/shared-responsibility?service=Redis%3Cb%3E");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Unknown service &quot;Redis&lt;b&gt;&quot;. Choose one of: EC2, EBS, VPC",
				"Kinesis, SQS, SNS", "<select id=\"explorer-service\" name=\"service\">").doesNotContain("Redis<b>");
	}

	@Test
	void aServiceAndAModelThatDisagreeAreA400() {
		HttpResponse<String> page = pages.get("/diagrams/shared-responsibility?model=container&service=S3");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("S3 follows the abstract model, not container");
	}

	@Test
	void theImageIsAStandaloneSvgWithCachingAndItsOwnPolicy() throws Exception {
		HttpResponse<String> image = pages.get("/diagrams/shared-responsibility.svg?service=EMR&compare=all");

		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(image.headers().firstValue("Cache-Control")).contains("max-age=3600, public");
		assertThat(image.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).matches("default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; frame-ancestors 'none'"));
		String etag = image.headers().firstValue("ETag").orElseThrow();
		DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(image.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(image.body()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<style>", "class=\"model picked\"")
			.doesNotContain("<script");

		HttpResponse<String> again = pages.get("/diagrams/shared-responsibility.svg?service=EMR&compare=all", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
	}

	@Test
	void anUnknownImageIsA400InPlainWords() {
		HttpResponse<String> image = pages.get("/diagrams/shared-responsibility.svg?model=serverless");

		assertThat(image.statusCode()).isEqualTo(400);
		assertThat(image.body()).isEqualTo("Unknown model \"serverless\". Choose one of: infrastructure, container, abstract\n");
	}

	@Test
	void theBundledLessonDrawsItsDiagramsInline() {
		String lesson = pages.get("/courses/aws-data-security/shared-responsibility").body();

		assertThat(lesson).contains("<figure class=\"diagram-figure\" id=\"responsibility-1\">",
				"<figure class=\"diagram-figure\" id=\"responsibility-2\">", "Who secures what for EMR: the container model",
				"<link rel=\"stylesheet\" href=\"/css/diagrams.css\">").doesNotContain(" style=\"");
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as("position of " + from).isNotNegative();
		int end = text.indexOf(to, start + from.length());
		assertThat(end).as("position of " + to).isNotNegative();
		return text.substring(start, end);
	}
}
