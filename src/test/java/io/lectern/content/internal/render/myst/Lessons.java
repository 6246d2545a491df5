package io.lectern.content.internal.render.myst;

import io.lectern.content.internal.render.LinkResolver;
import io.lectern.content.internal.render.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders lesson text as a course would, remembering what was reported and serving files to include. */
final class Lessons implements LinkResolver {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

	final List<String> warnings = new ArrayList<>();
	final Map<String, String> files = new HashMap<>();

	String html(String markdown) {
		return RENDERER.render(markdown, "Lesson", 1, this).html();
	}

	@Override
	public Optional<String> link(String destination, int line) {
		return Optional.of(destination);
	}

	@Override
	public Optional<String> image(String source, int line) {
		return Optional.of(source.contains(":") ? source : "/media/" + source);
	}

	@Override
	public void warning(int line, String message) {
		warnings.add(line + ": " + message);
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
