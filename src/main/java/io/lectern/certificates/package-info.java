/**
 * Certificates for finished courses: issued once when a learner meets the rules a course sets in
 * its course.yml, shown on a public page of their own (which the learner may make private), as a
 * PDF, and as an Open Badges 3.0 credential signed as a VC-JWT that anyone can verify against the
 * portal's published keys; revocation, a status list and a verification page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates", allowedDependencies = { "i18n", "authoring", "content", "accounts", "progress", "quiz" })
package io.lectern.certificates;
