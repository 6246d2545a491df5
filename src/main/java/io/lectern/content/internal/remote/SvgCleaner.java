package io.lectern.content.internal.remote;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Rewrites an SVG from another site as drawing only. SVG is a document that can carry script, event
 * handlers, HTML ({@code foreignObject}), animations that change links, and references that load
 * from elsewhere; served from the portal's own origin and opened on its own, it would run as the
 * portal. So it is parsed as XML (no external entities or DTDs) and written again from allowlists:
 * shapes, text, paint servers, clipping, masks and filters; presentation attributes; links and
 * {@code url(...)} only to {@code #fragments} of the same picture. Anything else is left out.
 */
final class SvgCleaner {

	private static final String SVG = "http://www.w3.org/2000/svg";
	private static final String XLINK = "http://www.w3.org/1999/xlink";

	private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "switch",
			"path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
			"linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker", "style", "filter",
			"feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feDropShadow", "feFlood",
			"feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
			"feOffset");

	/** Elements left out while their content stays: a link's shapes are still part of the picture. */
	private static final Set<String> UNWRAPPED = Set.of("a");

	private static final Set<String> ATTRIBUTES = Set.of("id", "class", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
			"r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points", "pathLength", "transform", "viewBox",
			"preserveAspectRatio", "version", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset",
			"gradientUnits", "gradientTransform", "spreadMethod", "offset", "patternUnits", "patternContentUnits",
			"patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerUnits", "markerWidth",
			"markerHeight", "refX", "refY", "orient", "filterUnits", "primitiveUnits", "in", "in2", "result",
			"stdDeviation", "mode", "operator", "k1", "k2", "k3", "k4", "values", "type", "tableValues", "slope",
			"intercept", "amplitude", "exponent", "radius", "role", "aria-label", "lang", "style",
			"alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
			"color-interpolation-filters", "direction", "display", "dominant-baseline", "fill", "fill-opacity",
			"fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
			"font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight", "image-rendering",
			"letter-spacing", "lighting-color", "marker", "marker-start", "marker-mid", "marker-end", "mask", "opacity",
			"overflow", "paint-order", "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
			"stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
			"stroke-width", "text-anchor", "text-decoration", "text-rendering", "transform-origin", "unicode-bidi",
			"vector-effect", "visibility", "word-spacing", "writing-mode");

	/** A {@code url(} that does not go straight to a {@code #fragment}, quoted or not. */
	private static final Pattern FOREIGN_URL = Pattern.compile("url\\(\\s*(?![\"']?#)", Pattern.CASE_INSENSITIVE);
	/** What CSS would need to load or escape: imports, escapes, comments, markup. */
	private static final Pattern UNSAFE_CSS = Pattern.compile("@import|\\\\|/\\*|<|expression\\(",
			Pattern.CASE_INSENSITIVE);

	private SvgCleaner() {
	}

	static byte[] clean(byte[] svg) throws RefusedImage {
		Element root;
		try {
			root = parser().parse(new ByteArrayInputStream(svg)).getDocumentElement();
		}
		catch (SAXException | IOException ex) {
			throw new RefusedImage("it is not a well-formed SVG");
		}
		if (!SVG.equals(root.getNamespaceURI()) || !root.getLocalName().equals("svg")) {
			throw new RefusedImage("it is not an SVG drawing");
		}
		StringBuilder out = new StringBuilder(svg.length);
		element(root, out, true);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void element(Element element, StringBuilder out, boolean root) {
		String name = element.getLocalName();
		if (!SVG.equals(element.getNamespaceURI()) || !ELEMENTS.contains(name)) {
			if (SVG.equals(element.getNamespaceURI()) && UNWRAPPED.contains(name)) {
				children(element, out);
			}
			return;
		}
		out.append('<').append(name);
		if (root) {
			out.append(" xmlns=\"").append(SVG).append("\" xmlns:xlink=\"").append(XLINK).append('"');
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String kept = keptName(attribute);
			if (kept != null && safeValue(kept, attribute.getValue())) {
				out.append(' ').append(kept).append("=\"").append(escape(attribute.getValue())).append('"');
			}
		}
		out.append('>');
		if (name.equals("style")) {
			String css = element.getTextContent();
			out.append(safeValue("style", css) ? escape(css) : "");
		}
		else {
			children(element, out);
		}
		out.append("</").append(name).append('>');
	}

	private static void children(Element element, StringBuilder out) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element nested) {
				element(nested, out, false);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				out.append(escape(child.getNodeValue()));
			}
		}
	}

	/** The attribute's name as written out, or null to leave it out. */
	private static String keptName(Attr attribute) {
		String namespace = attribute.getNamespaceURI();
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		if (namespace == null && (ATTRIBUTES.contains(name) || name.equals("href"))) {
			return name;
		}
		if (XLINK.equals(namespace) && name.equals("href")) {
			return "xlink:href";
		}
		if (XMLConstants.XML_NS_URI.equals(namespace) && name.equals("space")) {
			return "xml:space";
		}
		return null;
	}

	private static boolean safeValue(String name, String value) {
		if (name.endsWith("href")) {
			return value.strip().startsWith("#");
		}
		if (FOREIGN_URL.matcher(value).find()) {
			return false;
		}
		return !name.equals("style") || !UNSAFE_CSS.matcher(value).find();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static DocumentBuilder parser() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void error(SAXParseException ex) throws SAXParseException {
					throw ex;
				}
			});
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser supports these features", ex);
		}
	}
}
