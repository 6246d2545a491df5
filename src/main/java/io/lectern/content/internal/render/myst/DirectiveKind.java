package io.lectern.content.internal.render.myst;

import java.util.Map;
import org.commonmark.node.Node;

/** What one directive name means: the block it becomes, or null for one that shows nothing. */
@FunctionalInterface
interface DirectiveKind {

	Node build(Directive directive, Expansion expansion);

	/** Directive kinds register under every name they answer to. */
	@FunctionalInterface
	interface Family {

		void register(Map<String, DirectiveKind> kinds);
	}
}
