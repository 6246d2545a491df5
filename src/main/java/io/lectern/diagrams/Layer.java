package io.lectern.diagrams;

/**
 * One layer of the responsibility stack, such as the guest operating system.
 *
 * @param about one or two sentences on what the layer covers
 */
public record Layer(String id, String name, String about) {
}
