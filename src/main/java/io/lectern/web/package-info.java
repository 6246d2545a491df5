/**
 * The shell every page lives in: the shared layout, the home page with the course catalog, error
 * pages, the HTTP security policy (CSP, CSRF, headers) for the whole application and the API's
 * description and CSRF token.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "i18n", "authoring", "diagrams", "content", "accounts", "quiz", "quiz::grading", "progress" })
package io.lectern.web;
