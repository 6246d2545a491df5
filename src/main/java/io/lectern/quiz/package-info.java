/**
 * Quizzes that belong to lessons: question types with pure-Java grading, quiz definitions read
 * from the content folder, and learners' attempts recorded in the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz", allowedDependencies = { "i18n", "authoring", "content", "accounts" })
package io.lectern.quiz;
