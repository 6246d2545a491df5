package io.lectern.content.internal.remote;

/** Why an image from another site was not kept: the reason an author reads in the warning. */
final class RefusedImage extends Exception {

	RefusedImage(String reason) {
		super(reason, null, false, false);
	}
}
