package io.lectern.content.internal.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.springframework.web.util.HtmlUtils;

/**
 * Temml, the TeX to MathML Core converter, run in GraalJS inside the JVM. Loading it costs about
 * two seconds, so one instance lives for the whole process and is only made when a formula needs
 * it. The engine (and the parsed library) is shared; a GraalJS context runs on one thread at a
 * time, so a formula borrows one of a few contexts, as many as there are cores: more would only
 * wait for a core, and each costs a library evaluation and its memory. Lessons are typeset by the
 * loader's threads, the background typesetter and requests, so the contexts are not tied to threads.
 */
final class TemmlEngine implements TexEngine {

	static final String LIBRARY = "temml-0.13.5";

	/**
	 * Numbers sit in the page beside the formula, not inside it, so the numbered AMS environments
	 * go to Temml as their starred forms, which it does not number.
	 */
	private static final Pattern NUMBERED_ENVIRONMENT = Pattern
		.compile("\\\\(begin|end)\\{(equation|align|alignat|gather|multline)}");

	/** Environments Temml lacks, as the nearest ones it has: flalign's rows, eqnarray's three columns. */
	private static final Pattern FLALIGN = Pattern.compile("\\\\(begin|end)\\{flalign\\*?}");
	private static final Pattern EQNARRAY_BEGIN = Pattern.compile("\\\\begin\\{eqnarray\\*?}");
	private static final Pattern EQNARRAY_END = Pattern.compile("\\\\end\\{eqnarray\\*?}");
	private static final Pattern MATH_ENVIRONMENT = Pattern.compile("\\\\(begin|end)\\{(math|displaymath)}");

	private static final Pattern ANNOTATION = Pattern
		.compile("(<annotation encoding=\"application/x-tex\">)(.*?)(</annotation>)", Pattern.DOTALL);

	/**
	 * No {@code trust}: {@code \href}, the URL and {@code \html...} commands and {@code \includegraphics}
	 * render as their text or fail; {@code throwOnError} so that a formula that does not parse is
	 * known and reported rather than drawn in red inside the page.
	 */
	private static final String RENDER = """
			(function (tex, display, macros) {
				return temml.renderToString(tex, { displayMode: display, annotate: true, throwOnError: true,
					trust: false, strict: false, xml: false, macros: JSON.parse(macros) });
			})""";

	private final Engine engine;
	private final Source library;
	private final BlockingQueue<Value> idle = new LinkedBlockingQueue<>();
	private final Semaphore creatable = new Semaphore(Runtime.getRuntime().availableProcessors());

	private static final class Holder {
		static final TemmlEngine SHARED = new TemmlEngine();
	}

	private TemmlEngine() {
		// Stock JDKs have no Graal compiler; the interpreter is fast enough for a few thousand formulas at load.
		engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
		library = Source.newBuilder("js", script(), LIBRARY + ".js").buildLiteral();
		creatable.acquireUninterruptibly();
		idle.add(newRenderer());
	}

	/** The process's one engine, loaded on first use. */
	static TemmlEngine shared() {
		return Holder.SHARED;
	}

	@Override
	public Formula typeset(String tex, boolean display, MathMacros macros) {
		Value renderer = borrow();
		try {
			String mathMl = renderer.execute(asTemmlKnowsIt(tex), display, macros.json()).asString();
			return Formula.rendered(tex, display, annotated(mathMl, tex));
		}
		catch (PolyglotException ex) {
			if (ex.isGuestException() && !ex.isInternalError()) {
				return Formula.failed(tex, display, message(ex));
			}
			throw ex;
		}
		finally {
			idle.add(renderer);
		}
	}

	private Value borrow() {
		Value renderer = idle.poll();
		if (renderer != null) {
			return renderer;
		}
		if (creatable.tryAcquire()) {
			return newRenderer();
		}
		try {
			return idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the TeX engine", ex);
		}
	}

	private Value newRenderer() {
		Context context = Context.newBuilder("js").engine(engine).build();
		context.eval(library);
		return context.eval("js", RENDER);
	}

	private static String asTemmlKnowsIt(String tex) {
		String known = NUMBERED_ENVIRONMENT.matcher(tex).replaceAll("\\\\$1{$2*}");
		known = FLALIGN.matcher(known).replaceAll("\\\\$1{align*}");
		known = EQNARRAY_BEGIN.matcher(known).replaceAll("\\\\begin{darray}{rcl}");
		known = EQNARRAY_END.matcher(known).replaceAll("\\\\end{darray}");
		return DigitCommas.spaced(HtmlCommands.dropped(MATH_ENVIRONMENT.matcher(known).replaceAll("")));
	}

	/** The annotation shows the TeX the author wrote, not the starred form Temml was given. */
	private static String annotated(String mathMl, String tex) {
		Matcher annotation = ANNOTATION.matcher(mathMl);
		return annotation.find()
				? mathMl.substring(0, annotation.start(2)) + HtmlUtils.htmlEscape(tex) + mathMl.substring(annotation.end(2))
				: mathMl;
	}

	private static String message(PolyglotException ex) {
		// Temml's message ends with the source, its faulty part underlined with combining characters.
		String message = ex.getMessage() == null ? "" : ex.getMessage().strip().lines().findFirst().orElse("").strip();
		message = message.replaceFirst("^(Parse)?Error:\\s*", "").replaceFirst("( at (position [0-9]+|end of input)):.*$", "$1")
			.replaceFirst(":$", "").strip();
		return message.isEmpty() ? "the formula does not parse" : message;
	}

	private static String script() {
		try (InputStream in = TemmlEngine.class.getResourceAsStream("/math/" + LIBRARY + ".js")) {
			if (in == null) {
				throw new IllegalStateException("The TeX library " + LIBRARY + " is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
