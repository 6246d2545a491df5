package io.lectern.diagrams;

import io.lectern.authoring.Problems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The bundled diagrams, and an XML parser for what they draw. */
final class DiagramFixtures {

	static final Diagrams BUNDLED = bundled();

	private DiagramFixtures() {
	}

	private static Diagrams bundled() {
		Problems problems = new Problems();
		Diagrams diagrams = Diagrams.load(new TreeMap<>(), problems);
		if (problems.count() > 0) {
			throw new IllegalStateException("The bundled diagrams have problems: " + problems.sorted());
		}
		return diagrams;
	}

	/** Parses markup as XML, failing the test if it is not well-formed. */
	static Document xml(String markup) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception notXml) {
			throw new AssertionError("Not well-formed XML: " + notXml.getMessage() + "\n" + markup, notXml);
		}
	}
}
