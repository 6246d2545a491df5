package io.lectern.diagrams;

import io.lectern.authoring.Problems;
import io.lectern.diagrams.internal.AccessDrawing;
import io.lectern.diagrams.internal.AccessReader;
import io.lectern.diagrams.internal.AccessTable;
import io.lectern.diagrams.internal.BundledFiles;
import io.lectern.diagrams.internal.DiagramBlocks;
import io.lectern.diagrams.internal.DiagramStyle;
import io.lectern.diagrams.internal.ResponsibilityDrawing;
import io.lectern.diagrams.internal.ResponsibilityReader;
import io.lectern.diagrams.internal.ResponsibilityTable;
import io.lectern.diagrams.internal.ResponsibilityText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Every diagram Lectern can draw: the responsibility models and access scenarios bundled with it,
 * plus those an author keeps in the content folder ({@code *.responsibility.yml},
 * {@code *.access.yml}; one with a bundled diagram's id replaces it).
 * Immutable once loaded. Drawings are deterministic, so each one is drawn once and kept.
 */
public final class Diagrams {

	/** The model that {@code /diagrams/shared-responsibility} and blocks without {@code diagram:} show. */
	public static final String AWS = "aws";

	private static final String BUNDLED = "/diagrams/";

	private final Map<String, ResponsibilityModel> responsibility;
	private final Map<String, AccessScenario> access;
	private final Map<String, String> standalone = new ConcurrentHashMap<>();

	private Diagrams(Map<String, ResponsibilityModel> responsibility, Map<String, AccessScenario> access) {
		this.responsibility = Map.copyOf(responsibility);
		this.access = Collections.unmodifiableMap(new LinkedHashMap<>(access));
	}

	/**
	 * Reads the bundled diagrams, then the author's.
	 *
	 * @param authorFiles the content folder's diagram files, text by path, in path order
	 */
	public static Diagrams load(SortedMap<String, String> authorFiles, Problems problems) {
		return new Diagrams(
				read(AWS + ResponsibilityReader.SUFFIX, ResponsibilityReader.SUFFIX, ResponsibilityReader::read,
						ResponsibilityModel::id, authorFiles, problems),
				read("noc-vs-developer" + AccessReader.SUFFIX, AccessReader.SUFFIX, AccessReader::read, AccessScenario::id,
						authorFiles, problems));
	}

	/** Reads one kind of diagram file: how a file becomes a diagram, given its path, text and problems. */
	private interface Reader<T> {
		Optional<T> read(String path, String text, Problems problems);
	}

	/** The bundled file first, so that an author's file with the same id replaces it. */
	private static <T> Map<String, T> read(String bundled, String suffix, Reader<T> reader, Function<T, String> idOf,
			SortedMap<String, String> authorFiles, Problems problems) {
		Map<String, T> diagrams = new LinkedHashMap<>();
		reader.read("(bundled) " + bundled, BundledFiles.text(BUNDLED + bundled), problems)
			.ifPresent(diagram -> diagrams.put(idOf.apply(diagram), diagram));
		Map<String, String> fileById = new LinkedHashMap<>();
		authorFiles.forEach((path, text) -> {
			if (path.endsWith(suffix)) {
				reader.read(path, text, problems).ifPresent(diagram -> {
					String other = fileById.putIfAbsent(idOf.apply(diagram), path);
					if (other != null) {
						problems.error(path, 1, "problem.diagram.idTaken", idOf.apply(diagram), other);
					}
					else {
						diagrams.put(idOf.apply(diagram), diagram);
					}
				});
			}
		});
		return diagrams;
	}

	/** Whether a name ends like a file this module reads from the content folder. */
	public static boolean isDiagramFile(String path) {
		return path.endsWith(ResponsibilityReader.SUFFIX) || path.endsWith(AccessReader.SUFFIX);
	}

	public Optional<AccessScenario> access(String id) {
		return Optional.ofNullable(access.get(id));
	}

	public List<String> accessIds() {
		return List.copyOf(access.keySet());
	}

	/** An access scenario drawn for a page whose stylesheet includes {@code /css/diagrams.css}. */
	public String inlineSvg(AccessScenario scenario, String id, DiagramWords words) {
		return AccessDrawing.svg(scenario, id, Optional.empty(), words);
	}

	/** A complete SVG file of an access scenario, kept per language as its fixed words differ. */
	public String standaloneSvg(AccessScenario scenario, DiagramWords words) {
		return standalone.computeIfAbsent("access/" + scenario.id() + "/" + words.language(),
				key -> AccessDrawing.svg(scenario, "access", Optional.of(DiagramStyle.css()), words));
	}

	public String table(AccessScenario scenario, DiagramWords words) {
		return AccessTable.html(scenario, words);
	}

	public ResponsibilityModel responsibility() {
		return responsibility.get(AWS);
	}

	public Optional<ResponsibilityModel> responsibility(String id) {
		return Optional.ofNullable(responsibility.get(id));
	}

	/**
	 * A complete SVG file, styled for light and dark themes, the same bytes on every call in one
	 * language: kept per view and language, as its fixed words differ by language.
	 */
	public String standaloneSvg(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		return standalone.computeIfAbsent(model.id() + "/" + view.key() + "/" + words.language(),
				key -> ResponsibilityDrawing.svg(model, view, "srm", Optional.of(DiagramStyle.css()), words));
	}

	/** The value of a Content-Security-Policy {@code style-src} that allows a standalone SVG's style and nothing else. */
	public static String standaloneStyleSource() {
		return DiagramStyle.cspSource();
	}

	/** An SVG to put inside a page whose stylesheet includes {@code /css/diagrams.css}. */
	public String inlineSvg(ResponsibilityModel model, ResponsibilityView view, String id, DiagramWords words) {
		return ResponsibilityDrawing.svg(model, view, id, Optional.empty(), words);
	}

	/** The drawing's facts as an HTML table. */
	public String table(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		return ResponsibilityTable.html(model, view, words);
	}

	/** The title a drawing shows and is named by, in these words. */
	public String title(ResponsibilityModel model, ResponsibilityView view, DiagramWords words) {
		return ResponsibilityText.title(model, view, words);
	}

	/**
	 * Renders a fenced block of a lesson (```responsibility) as a figure: the inline SVG and a
	 * "show as table" alternative. Empty when the block's language is not a diagram's; a block
	 * with a problem reports it at its line and renders as nothing.
	 *
	 * @param line the line of the block's opening fence in {@code file}
	 * @param id a prefix for the figure's element ids, unique within the lesson
	 * @param words the portal's words around the drawing, in the course's language
	 */
	public Optional<String> block(String language, String body, String file, int line, Problems problems, String id,
			DiagramWords words) {
		return DiagramBlocks.render(this, language, body, file, line, problems, id, words);
	}

	public static boolean isBlockLanguage(String language) {
		return DiagramBlocks.LANGUAGES.contains(language);
	}
}
