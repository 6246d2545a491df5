/**
 * What each learner has done: lesson completions, visits, quiz scores, mastery per topic and the
 * review queue, shown on the learner's dashboard and summarised for instructors per cohort. Inside,
 * one package per feature ({@code completion}, {@code visits}, {@code scores}, {@code mastery},
 * {@code review}, {@code standing}, {@code dashboard}, {@code reports}, {@code history}); the
 * standings the cohort report reads have one writer, fed by events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress", allowedDependencies = { "i18n", "authoring", "content", "quiz", "quiz::grading", "accounts" })
package io.lectern.progress;
