package io.lectern.content.internal.render.myst;

import org.commonmark.node.Image;

/**
 * An image with the size and alignment a directive gave it. It is still an {@link Image}, so its
 * source goes through the lesson's link resolver exactly as a Markdown image's does.
 */
final class SizedImage extends Image {

	final String width;
	final String height;
	final String cssClass;

	SizedImage(String source, String width, String height, String cssClass) {
		super(source, null);
		this.width = width;
		this.height = height;
		this.cssClass = cssClass;
	}
}
