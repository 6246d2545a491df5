package io.lectern.content;

/** An image or other file that a lesson links to, held in memory and served by the portal. */
public record MediaFile(String contentType, byte[] bytes, String etag) {
}
