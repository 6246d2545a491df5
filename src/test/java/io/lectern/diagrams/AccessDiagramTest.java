package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.authoring.ContentProblem;
import io.lectern.authoring.Problems;
import java.util.List;
import java.util.TreeMap;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The least-privilege picture: principals → groups → policies → services, drawn from a YAML scenario. */
class AccessDiagramTest {

	private final Diagrams diagrams = DiagramFixtures.BUNDLED;
	private final AccessScenario scenario = diagrams.access("noc-vs-developer").orElseThrow();

	@Test
	void theNocOperatorAndTheDeveloperReachOnlyWhatTheirJobsNeed() {
		assertThat(reachable("noc-operator")).containsExactly("CloudWatch", "CloudWatch Logs", "EC2");
		assertThat(reachable("developer")).containsExactly("CloudWatch Logs", "DynamoDB");
		assertThat(scenario.unreachable(principal("developer"))).extracting(AccessNode::name).containsExactly("CloudWatch", "EC2");
		AccessScenario.Route route = scenario.reach(principal("noc-operator")).get("EC2").get(0);
		assertThat(route.through()).extracting(AccessNode::name).containsExactly("NOC group", "NocOperations");
	}

	@Test
	void theDrawingHasEveryNodeAnArrowPerLinkAndWhatStaysOutOfReach() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(scenario, DiagramWords.english()));

		assertThat(count(svg, "//*[@data-node]")).isEqualTo(2 + 2 + 2 + 4);
		assertThat(count(svg, "//*[local-name()='path'][@class='edge']")).isEqualTo(scenario.links().size());
		assertThat(count(svg, "//*[@data-from='noc-operations'][@data-to='EC2']")).isEqualTo(1);
		assertThat(count(svg, "//*[@data-from='developer-access'][@data-to='EC2']")).isZero();
		assertThat(text(svg, "//*[@data-node='noc-operator']")).contains("NOC operator", "IAM user", "No access: DynamoDB");
		assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(text(svg, "/*/*[local-name()='desc']")).contains(
				"NOC operator (IAM user) may reach CloudWatch (Read metrics and alarms, through NOC group and NocOperations)",
				"Application developer (IAM user) may reach CloudWatch Logs", "and cannot reach CloudWatch, EC2.");
	}

	@Test
	void theTableSaysWhoMayDoWhatAndThroughWhich() {
		String table = diagrams.table(scenario, DiagramWords.english());

		assertThat(table).contains("<caption>Least privilege: the NOC operator and the developer</caption>",
				"<th scope=\"col\">DynamoDB</th>",
				"<td class=\"access-allowed\"><strong>Allowed</strong>: Read and write the application&#39;s tables and indexes (through Developers group, DeveloperAccess)</td>");
		DiagramFixtures.xml(table);
		assertThat(table.split("<strong>No access</strong>", -1)).hasSize(1 + 1 + 2);
	}

	@Test
	void aDrawingIsTheSameBytesEveryTime() {
		Diagrams again = Diagrams.load(new TreeMap<>(), new Problems());
		assertThat(again.standaloneSvg(again.access("noc-vs-developer").orElseThrow(), DiagramWords.english())).isEqualTo(diagrams.standaloneSvg(scenario, DiagramWords.english()));
	}

	@Test
	void aLinkToSomethingUndefinedIsReportedAtItsLine() {
		String yaml = """
				id: broken
				title: Broken
				principals:
				  - id: ann
				    name: Ann
				    member_of: [admins]
				policies:
				  - id: p
				    name: P
				    allows:
				      S3: Read
				services: [EC2]
				""";
		Problems problems = new Problems();
		TreeMap<String, String> files = new TreeMap<>();
		files.put("b.access.yml", yaml);
		Diagrams loaded = Diagrams.load(files, problems);

		assertThat(problems.sorted()).extracting(ContentProblem::toString).containsExactly(
				"b.access.yml:6: error: \"admins\" in \"member_of\" of \"ann\" is not defined under \"groups\"",
				"b.access.yml:11: error: \"S3\" in \"allows\" of \"p\" is not defined under \"services\"");
		assertThat(loaded.access("broken")).isEmpty();
	}

	private List<String> reachable(String principal) {
		return scenario.reach(principal(principal)).entrySet().stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(entry -> entry.getKey())
			.toList();
	}

	private AccessNode principal(String id) {
		return scenario.node(id).orElseThrow();
	}

	private static int count(Document svg, String xpath) throws Exception {
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET)).getLength();
	}

	private static String text(Document svg, String xpath) throws Exception {
		NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath + "//text()", svg, XPathConstants.NODESET);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < found.getLength(); i++) {
			text.append(found.item(i).getNodeValue()).append(' ');
		}
		return text.toString().replaceAll("\\s+", " ").strip();
	}
}
