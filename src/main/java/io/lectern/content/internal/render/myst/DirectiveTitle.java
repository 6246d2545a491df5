package io.lectern.content.internal.render.myst;

import org.commonmark.node.CustomNode;

/**
 * A directive's argument read as Markdown inlines by the lesson's own parser: the title of an
 * admonition, a tab or a card. It sits in the directive until the directive is given its meaning.
 */
final class DirectiveTitle extends CustomNode {
}
