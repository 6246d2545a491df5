package io.lectern.diagrams;

/** Who secures one layer under one service model, and a line on what that means there. */
public record Responsibility(Owner owner, String note) {
}
