/**
 * Running the portal: database backups for the admin, and the portal's own figures for the metrics
 * endpoint. Health and the management port are Spring Boot Actuator's, set up in configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = { "authoring", "diagrams", "content", "accounts", "quiz", "quiz::grading", "progress" })
package io.lectern.operations;
