/**
 * Question types and how each is graded: pure Java, free of Spring and JPA, so grading is fast,
 * deterministic and easy to test. A question is a definition; {@link io.lectern.quiz.grading.Question#grade}
 * turns a learner's response into a {@link io.lectern.quiz.grading.Grade}.
 */
@org.springframework.modulith.NamedInterface("grading")
package io.lectern.quiz.grading;
