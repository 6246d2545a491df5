package io.lectern.content.internal.render.myst;

import org.commonmark.node.CustomBlock;

/** Several blocks that take a directive's place side by side, with nothing around them (an include). */
final class Fragment extends CustomBlock {
}
