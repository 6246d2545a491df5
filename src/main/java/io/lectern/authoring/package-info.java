/**
 * What every file an author writes has in common: YAML read with the line of each value kept, and
 * problems collected as file:line, each an error or a warning. Lessons, quizzes and diagrams all
 * report mistakes this way, and post them to one board that instructors and admins read on
 * {@code /authoring/problems}. It depends on no other module, so every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authoring", allowedDependencies = {})
package io.lectern.authoring;
