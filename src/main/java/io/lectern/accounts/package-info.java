/**
 * Who is using the portal: learner accounts, roles, registration, login (with its throttling,
 * two-step login and single sign-on through OpenID Connect providers), sessions, password change
 * and reset, the security event log, and the deletion of an account. The learner's data download
 * is assembled by progress, which holds most of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {})
package io.lectern.accounts;
