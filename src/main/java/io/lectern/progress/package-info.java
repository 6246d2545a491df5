/**
 * What each learner has done: lesson completions, quiz scores, mastery per topic and the review
 * queue, shown on the learner's dashboard and summarised for instructors per cohort.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package io.lectern.progress;
