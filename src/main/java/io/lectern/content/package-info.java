/**
 * Lessons as authors write them: loads a content folder of courses, validates it, and renders
 * every lesson once into an in-memory {@link io.lectern.content.Catalog} with navigation and redirects.
 * Other modules read courses and lessons through the catalog and never touch the files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content", allowedDependencies = { "i18n", "authoring", "diagrams" })
package io.lectern.content;
