package io.lectern.content;

/**
 * A text file of the content folder that another module reads, such as a quiz definition
 * ({@code *.quiz.yml}).
 *
 * @param path path relative to the content folder, as problems report it
 */
public record ContentFile(String path, String text) {
}
