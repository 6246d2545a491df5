/**
 * Running the portal: database backups for the admin, the portal's own figures for the metrics
 * endpoint, and whether a jar built with Spring AOT starts from its generated beans
 * ({@link io.lectern.operations.AheadOfTimeChoice}). Health and the management port are Spring Boot
 * Actuator's, set up in configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = { "authoring", "diagrams", "content", "accounts", "quiz", "quiz::grading", "progress" })
package io.lectern.operations;
