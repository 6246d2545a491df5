package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.math.MathMacros;
import io.lectern.content.internal.render.FencedBlocks;
import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.RenderedLesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders lesson text as a course would, passing links through (those to {@code missing...} lead
 * nowhere), remembering what was reported, with the lines it is on, and serving files to include.
 */
final class Lessons implements LinkResolver {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

	final List<String> warnings = new ArrayList<>();
	final Map<String, String> files = new HashMap<>();

	RenderedLesson render(String markdown) {
		return RENDERER.render(markdown, "Lesson", 1, this);
	}

	String html(String markdown) {
		return render(markdown).html();
	}

	/** The lesson's HTML when its numbering settings are {@code numbering}, as its front matter would make them. */
	String html(String markdown, NumberingSettings numbering) {
		RenderedLesson lesson = RENDERER.renderPending(markdown, "Lesson", 1, this, FencedBlocks.NONE, numbering,
				MathMacros.NONE).typeset();
		return lesson.linked(CrossReferences.within(lesson.targets()), this::warning).html();
	}

	@Override
	public Optional<String> link(String destination, int line) {
		return Optional.of(destination).filter(url -> !url.startsWith("missing"));
	}

	@Override
	public Optional<String> image(String source, int line) {
		return Optional.of(source.contains(":") ? source : "/media/" + source);
	}

	@Override
	public void warning(int line, String key, Object... arguments) {
		warnings.add(line + ": " + io.lectern.authoring.ContentProblem.inEnglish(key, arguments));
	}

	@Override
	public Optional<String> read(String path, int line) {
		Optional<String> text = Optional.ofNullable(files.get(path));
		if (text.isEmpty()) {
			warnings.add(line + ": missing " + path);
		}
		return text;
	}
}
