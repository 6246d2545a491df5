/**
 * The Shared Responsibility Model as data, and its rendering as accessible SVG.
 * Pure Java, using only the interface's messages for its fixed words, so lessons and pages can embed its drawings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagrams", allowedDependencies = { "i18n", "authoring" })
package io.lectern.diagrams;
