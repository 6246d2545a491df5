/**
 * YAML read with the line of every value kept, and a collector of problems, so that any file in
 * the content folder (course.yml, front matter, quiz definitions) reports errors as file:line.
 */
@org.springframework.modulith.NamedInterface("yaml")
package io.lectern.content.yaml;
