package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ResponsibilityReaderTest {

	private static final String VALID = """
			id: tiny
			title: A tiny model
			owners:
			  aws: AWS does it.
			  customer: You do it.
			  shared: Both do.
			layers:
			  - id: metal
			    name: Hardware
			    about: The machines.
			  - id: data
			    name: Data
			    about: What you keep.
			models:
			  - id: managed
			    name: Managed
			    services: [Thing, Other Thing]
			    layers:
			      metal: {owner: aws, note: Ours.}
			      data: {owner: customer, note: Yours.}
			""";

	@Test
	void anAuthorsModelLoadsBesideTheBundledOne() {
		Problems problems = new Problems();
		Diagrams diagrams = Diagrams.load(files("courses/tiny.responsibility.yml", VALID), problems);
		assertThat(problems.sorted()).isEmpty();
		ResponsibilityModel tiny = diagrams.responsibility("tiny").orElseThrow();
		assertThat(tiny.modelOf("other thing").map(ServiceModel::id)).contains("managed");
		assertThat(diagrams.responsibility(Diagrams.AWS)).isPresent();
	}

	@Test
	void brokenYamlIsReportedWithItsLine() {
		assertThat(problems("id: x\ntitle: [unclosed\n")).singleElement()
			.satisfies(problem -> assertThat(problem.toString()).startsWith("m.responsibility.yml:3: error: Invalid YAML"));
	}

	@Test
	void anUnknownOwnerNamesTheValidOnes() {
		assertThat(messages(VALID.replace("owner: customer", "owner: customers")))
			.containsExactly("m.responsibility.yml:20: error: Unknown owner \"customers\": aws, customer, shared");
	}

	@Test
	void everyModelMustSayWhoOwnsEveryLayerAndNoOther() {
		assertThat(messages(VALID.replace("      data: {owner: customer, note: Yours.}\n", "      dta: {owner: customer, note: Yours.}\n")))
			.containsExactly("m.responsibility.yml:18: error: Model \"managed\" does not say who owns the layer \"data\"",
					"m.responsibility.yml:20: error: Unknown layer \"dta\": metal, data");
	}

	@Test
	void aServiceBelongsToOneModelOnly() {
		String twice = VALID + """
				  - id: other
				    name: Other
				    services: [thing]
				    layers:
				      metal: {owner: aws, note: Ours.}
				      data: {owner: customer, note: Yours.}
				""";
		assertThat(messages(twice)).containsExactly(
				"m.responsibility.yml:23: error: Service \"thing\" is already listed under the model \"managed\"");
	}

	@Test
	void missingPiecesAreEachReported() {
		assertThat(messages("id: x\ntitle: y\n")).containsExactlyInAnyOrder(
				"m.responsibility.yml:1: error: Missing \"layers\": list the stack from the bottom up",
				"m.responsibility.yml:1: error: Missing \"models\": list the service models",
				"m.responsibility.yml:1: error: Missing \"owners\": say what aws, customer, shared mean");
	}

	@Test
	void anUnknownServiceOrModelIsRefusedWithTheValidNames() {
		ResponsibilityModel aws = DiagramFixtures.BUNDLED.responsibility();
		assertThatThrownBy(() -> aws.view(Optional.empty(), Optional.of("Redis"), false))
			.hasMessageStartingWith("Unknown service \"Redis\". Choose one of: EC2, EBS, VPC")
			.hasMessageContaining("EMR");
		assertThatThrownBy(() -> aws.view(Optional.of("serverless"), Optional.empty(), false))
			.hasMessage("Unknown model \"serverless\". Choose one of: infrastructure, container, abstract");
		assertThatThrownBy(() -> aws.view(Optional.of("abstract"), Optional.of("EMR"), false))
			.hasMessage("EMR follows the container model, not abstract");
	}

	private static List<String> messages(String yaml) {
		return problems(yaml).stream().map(ContentProblem::toString).toList();
	}

	private static List<ContentProblem> problems(String yaml) {
		Problems problems = new Problems();
		Diagrams.load(files("m.responsibility.yml", yaml), problems);
		return problems.sorted();
	}

	private static TreeMap<String, String> files(String path, String text) {
		TreeMap<String, String> files = new TreeMap<>();
		files.put(path, text);
		return files;
	}
}
