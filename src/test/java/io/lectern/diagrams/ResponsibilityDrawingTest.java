package io.lectern.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ResponsibilityDrawingTest {

	private final Diagrams diagrams = DiagramFixtures.BUNDLED;
	private final ResponsibilityModel aws = diagrams.responsibility();

	@Test
	void writesSamplesForALook() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/diagrams"));
		Files.writeString(dir.resolve("all.svg"), diagrams.standaloneSvg(aws, aws.view(Optional.empty(), Optional.empty(), false)));
		Files.writeString(dir.resolve("container.svg"), diagrams.standaloneSvg(aws, aws.view(Optional.of("container"), Optional.empty(), false)));
		Files.writeString(dir.resolve("emr.svg"), diagrams.standaloneSvg(aws, aws.view(Optional.empty(), Optional.of("emr"), false)));
		Files.writeString(dir.resolve("all-emr.svg"), diagrams.standaloneSvg(aws, aws.view(Optional.empty(), Optional.of("EMR"), true)));
	}
}
