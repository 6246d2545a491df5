package io.lectern.content.internal.render.myst;

import org.commonmark.node.CustomBlock;

/**
 * The heading of a part of the page that is not in its outline (a tab). Its level follows the
 * heading it sits under, which {@link SectionTitles} works out once the whole page is known.
 */
final class SectionTitle extends CustomBlock {

	final String cssClass;
	int level = 3;

	SectionTitle(String cssClass) {
		this.cssClass = cssClass;
	}
}
