package io.lectern.diagrams;

/**
 * One box of an access diagram: a principal, a group or role, a policy, or a service.
 *
 * @param kind what it is, in words shown under its name ("IAM user", "IAM group"...)
 * @param note an optional line on why it exists, or empty
 */
public record AccessNode(String id, String name, String kind, String note) {
}
