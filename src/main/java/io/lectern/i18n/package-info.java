/**
 * The languages of the interface: its messages from the bundles under {@code i18n/}, formatted by ICU
 * with each language's plural rules; the languages shipped; dates and numbers for the reader's
 * language and time zone. It depends on no other module; every module with pages may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interface languages", allowedDependencies = {})
package io.lectern.i18n;
