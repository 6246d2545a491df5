package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.MarkdownRenderer;
import io.lectern.content.internal.render.RenderedLesson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Renders lessons on their own, passing links through and keeping the warnings, with the lines they are on. */
final class Lessons implements LinkResolver {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

	final List<String> warnings = new ArrayList<>();

	RenderedLesson render(String markdown) {
		return RENDERER.render(markdown, "Lesson", 1, this);
	}

	String html(String markdown) {
		return render(markdown).html();
	}

	@Override
	public Optional<String> link(String destination, int line) {
		return Optional.of(destination.startsWith("missing") ? "" : destination).filter(url -> !url.isEmpty());
	}

	@Override
	public Optional<String> image(String source, int line) {
		return Optional.of(source);
	}

	@Override
	public void warning(int line, String message) {
		warnings.add(line + ": " + message);
	}
}
