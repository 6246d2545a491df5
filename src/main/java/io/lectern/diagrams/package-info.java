/**
 * The Shared Responsibility Model as data, and its rendering as accessible SVG.
 * Pure Java with no dependency on other modules, so lessons and pages can embed its drawings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagrams", allowedDependencies = "authoring")
package io.lectern.diagrams;
