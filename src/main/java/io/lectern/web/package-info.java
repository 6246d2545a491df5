/**
 * The shell every page lives in: the shared layout, the home page with the course catalog,
 * error pages, and the HTTP security policy (CSP, CSRF, headers) for the whole application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package io.lectern.web;
