package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The drawings read back as XML: every fact of the model must be in them, in the right place. */
class ResponsibilityDrawingTest {

	private final Diagrams diagrams = DiagramFixtures.BUNDLED;
	private final ResponsibilityModel aws = diagrams.responsibility();

	@Test
	void theComparisonDrawsEveryLayerOfEveryModelWithItsOwner() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, all(), DiagramWords.english()));
		for (ServiceModel model : aws.models()) {
			for (Layer layer : aws.layers()) {
				Owner owner = model.responsibility(layer).owner();
				String cell = "//*[@data-model='" + model.id() + "']/*[@data-layer='" + layer.id() + "']";
				assertThat(string(svg, cell + "/*[local-name()='rect'][1]/@class")).isEqualTo("cell owner-" + owner.key());
				assertThat(string(svg, cell + "/*[local-name()='text']")).isEqualTo(owner.label());
			}
			assertThat(string(svg, "//*[@data-model='" + model.id() + "']")).contains(model.name());
		}
	}

	@Test
	void theBundledModelPlacesTheLineWhereAwsAloneStops() {
		assertThat(aws.models().stream().map(aws::providerLayers)).containsExactly(4, 5, 7);
		ServiceModel container = aws.model("container").orElseThrow();
		assertThat(container.responsibility(layer("guest-os")).owner()).isEqualTo(Owner.AWS);
		assertThat(container.responsibility(layer("network-config")).owner()).isEqualTo(Owner.CUSTOMER);
		assertThat(aws.model("abstract").orElseThrow().responsibility(layer("encryption")).owner()).isEqualTo(Owner.SHARED);
		aws.models().forEach(model -> assertThat(model.responsibility(layer("data")).owner()).isEqualTo(Owner.CUSTOMER));
	}

	@Test
	void aDrawingIsAnAccessibleImageWithItsTitleAndDescription() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, all(), DiagramWords.english()));
		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("srm-title srm-desc");
		assertThat(string(svg, "/*/*[local-name()='title'][@id='srm-title']")).isEqualTo(aws.title());
		String description = string(svg, "/*/*[local-name()='desc'][@id='srm-desc']");
		assertThat(description).contains("Container model (RDS, EMR, Redshift, Elastic Beanstalk, ElastiCache)")
			.contains("the customer secures network and firewall configuration");
	}

	@Test
	void theLegendNamesEachOwnerAndTheLine() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, all(), DiagramWords.english()));
		String legend = string(svg, "//*[@class='legend']");
		assertThat(legend).contains("AWS secures it", "Customer secures it", "Shared by both", "Security of the cloud (AWS)",
				"Security in the cloud (customer)");
		assertThat(count(svg, "//*[@class='legend']/*[local-name()='rect'][starts-with(@class, 'cell owner-')]")).isEqualTo(3);
		assertThat(count(svg, "//*[local-name()='path'][@class='boundary']")).isEqualTo(2);
	}

	@Test
	void colourIsNeverTheOnlyCueForWhoOwnsALayer() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, all(), DiagramWords.english()));
		assertThat(count(svg, "//*[local-name()='pattern']")).isEqualTo(2);
		int customerOrShared = (int) aws.models().stream()
			.flatMap(model -> aws.layers().stream().map(model::responsibility))
			.filter(owned -> owned.owner() != Owner.AWS)
			.count();
		assertThat(count(svg, "//*[@data-layer]/*[local-name()='rect'][@class='strip']")).isEqualTo(customerOrShared);
	}

	@Test
	void aHighlightedServicePicksOutItsModelAndItsName() throws Exception {
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, aws.view(Optional.empty(), Optional.of("emr"), true), DiagramWords.english()));
		assertThat(string(svg, "//*[@data-model='container']/@class")).isEqualTo("model picked");
		assertThat(string(svg, "//*[@data-model='abstract']/@class")).isEqualTo("model");
		assertThat(string(svg, "//*[@class='service-picked']")).isEqualTo("▸ EMR");
		assertThat(count(svg, "//*[@class='pick']")).isEqualTo(1);
		assertThat(string(svg, "/*/*[local-name()='title']")).isEqualTo("Who secures what for EMR, compared across the models");
	}

	@Test
	void oneModelAloneCarriesTheNoteOfEveryLayer() throws Exception {
		ServiceModel container = aws.model("container").orElseThrow();
		Document svg = DiagramFixtures.xml(diagrams.standaloneSvg(aws, aws.view(Optional.of("container"), Optional.empty(), false), DiagramWords.english()));
		assertThat(count(svg, "//*[@data-model]")).isEqualTo(1);
		for (Layer layer : aws.layers()) {
			String note = lines(svg, "//*[@data-layer='" + layer.id() + "']/*[@class='note']/*");
			assertThat(note).isEqualTo(container.responsibility(layer).note());
		}
	}

	@Test
	void aServiceAloneDrawsItsOwnModel() {
		ResponsibilityView view = aws.view(Optional.empty(), Optional.of("dynamodb"), false);
		assertThat(view.model().map(ServiceModel::id)).contains("abstract");
		assertThat(view.service()).contains("DynamoDB");
	}

	@Test
	void everyViewIsWellFormedSmallAndFreeOfScript() {
		List<ResponsibilityView> views = new ArrayList<>(List.of(all()));
		aws.modelIds().forEach(model -> views.add(aws.view(Optional.of(model), Optional.empty(), false)));
		aws.services().forEach(service -> {
			views.add(aws.view(Optional.empty(), Optional.of(service), false));
			views.add(aws.view(Optional.empty(), Optional.of(service), true));
		});
		for (ResponsibilityView view : views) {
			String svg = diagrams.standaloneSvg(aws, view, DiagramWords.english());
			DiagramFixtures.xml(svg);
			assertThat(svg.toLowerCase()).doesNotContain("<script", "javascript:", "<foreignobject")
				.doesNotContainPattern("\\son[a-z]+=");
			assertThat(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(30 * 1024);
		}
	}

	private ResponsibilityView all() {
		return aws.view(Optional.empty(), Optional.empty(), false);
	}

	private Layer layer(String id) {
		return aws.layers().stream().filter(layer -> layer.id().equals(id)).findFirst().orElseThrow();
	}

	private static String string(Node node, String xpath) throws XPathExpressionException {
		return ((String) XPathFactory.newInstance().newXPath().evaluate(xpath, node, XPathConstants.STRING)).strip();
	}

	/** The text of every matching element (one per line of wrapped text), joined by spaces. */
	private static String lines(Node node, String xpath) throws XPathExpressionException {
		NodeList found = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, node, XPathConstants.NODESET);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < found.getLength(); i++) {
			texts.add(found.item(i).getTextContent());
		}
		return String.join(" ", texts);
	}

	private static int count(Node node, String xpath) throws XPathExpressionException {
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, node, XPathConstants.NODESET)).getLength();
	}
}
