package io.lectern.diagrams;

/**
 * An arrow of an access diagram: a principal belongs to a group or assumes a role, a group or role
 * has a policy, a policy allows actions on a service.
 *
 * @param what the actions a policy allows on a service, or empty for membership and attachment
 */
public record AccessLink(String from, String to, String what) {
}
