/**
 * Who is using the portal: learner accounts, roles, registration and login throttling, and the
 * learner's rights to export and delete their own data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {})
package io.lectern.accounts;
