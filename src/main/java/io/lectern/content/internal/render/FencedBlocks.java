package io.lectern.content.internal.render;

import java.util.Optional;

/**
 * Fenced blocks that become something other than highlighted code, chosen by the block's language
 * (```responsibility draws a diagram). The renderer knows Markdown; this knows what the blocks mean.
 */
@FunctionalInterface
public interface FencedBlocks {

	FencedBlocks NONE = (language, body, line, id) -> Optional.empty();

	/**
	 * @param line the 1-based line of the opening fence in the lesson file, for problem reports
	 * @param id an id prefix unique within the lesson
	 * @return the block's HTML, trusted as it is, or empty to render the block as code
	 */
	Optional<String> render(String language, String body, int line, String id);
}
