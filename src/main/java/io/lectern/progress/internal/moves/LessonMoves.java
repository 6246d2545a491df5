package io.lectern.progress.internal.moves;

import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.progress.internal.steps.StepsView;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps learners' progress with a lesson whose file was renamed or moved. Completions and visits
 * are kept by source file; a lesson is known by its identity ({@link Lesson#identity()}, or a
 * {@code redirect_from} address within its course naming the identity it had), so a lesson found
 * under another file takes its rows along.
 */
@Component
public class LessonMoves {

	private static final Logger log = LoggerFactory.getLogger(LessonMoves.class);

	private final EntityManager entities;
	private final StepsView steps;

	LessonMoves(EntityManager entities, StepsView steps) {
		this.entities = entities;
		this.steps = steps;
	}

	/**
	 * Moves the progress rows of every lesson of the course that is under another file than when it
	 * was last seen, in the caller's transaction, and notes where each lesson is now.
	 *
	 * @return how many lessons moved
	 */
	public int follow(Course course) {
		Map<String, String> sourceById = new HashMap<>();
		List<?> rows = entities
			.createNativeQuery("SELECT lesson_id, lesson_source FROM lesson_identity WHERE course_slug = ?1")
			.setParameter(1, course.slug().value())
			.getResultList();
		rows.forEach(row -> sourceById.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
		int moved = 0;
		for (Lesson lesson : course.pages()) {
			Optional<String> formerId = formerId(course, lesson, sourceById);
			String was = formerId.map(sourceById::get).orElse(null);
			if (was != null && !was.equals(lesson.source())) {
				move(course, was, lesson.source());
				moved++;
				log.info("Lesson {} of course {} moved from {} to {}: its learners' progress moved with it",
						lesson.identity(), course.slug(), was, lesson.source());
			}
			if (formerId.isPresent() && !formerId.get().equals(lesson.identity())) {
				forget(course, formerId.get());
			}
			if (!lesson.source().equals(sourceById.get(lesson.identity()))) {
				note(course, lesson, sourceById.containsKey(lesson.identity()));
			}
		}
		return moved;
	}

	/** The identity the lesson was last seen under: its own, else one its {@code redirect_from} names. */
	private static Optional<String> formerId(Course course, Lesson lesson, Map<String, String> sourceById) {
		if (sourceById.containsKey(lesson.identity())) {
			return Optional.of(lesson.identity());
		}
		String prefix = course.url() + "/";
		return lesson.redirectFrom()
			.stream()
			.filter(address -> address.startsWith(prefix))
			.map(address -> address.substring(prefix.length()).replaceAll("(\\.html)?/*$", ""))
			.filter(sourceById::containsKey)
			.findFirst();
	}

	/** A learner's row already at the new file (completed there before) wins; the old one stays, uncounted. */
	private void move(Course course, String from, String to) {
		// Completions change file for every learner who had one: no learner's kept steps still hold.
		steps.changedForEveryone();
		entities.createNativeQuery("UPDATE lesson_completion SET lesson_source = ?1 WHERE course_slug = ?2 AND lesson_source = ?3"
				+ " AND learner NOT IN (SELECT learner FROM lesson_completion WHERE course_slug = ?2 AND lesson_source = ?1)")
			.setParameter(1, to)
			.setParameter(2, course.slug().value())
			.setParameter(3, from)
			.executeUpdate();
		entities.createNativeQuery("UPDATE lesson_visit SET lesson_source = ?1 WHERE course_slug = ?2 AND lesson_source = ?3")
			.setParameter(1, to)
			.setParameter(2, course.slug().value())
			.setParameter(3, from)
			.executeUpdate();
	}

	private void forget(Course course, String id) {
		entities.createNativeQuery("DELETE FROM lesson_identity WHERE course_slug = ?1 AND lesson_id = ?2")
			.setParameter(1, course.slug().value())
			.setParameter(2, id)
			.executeUpdate();
	}

	private void note(Course course, Lesson lesson, boolean known) {
		String sql = known ? "UPDATE lesson_identity SET lesson_source = ?3 WHERE course_slug = ?1 AND lesson_id = ?2"
				: "INSERT INTO lesson_identity (course_slug, lesson_id, lesson_source) VALUES (?1, ?2, ?3)";
		entities.createNativeQuery(sql)
			.setParameter(1, course.slug().value())
			.setParameter(2, lesson.identity())
			.setParameter(3, lesson.source())
			.executeUpdate();
	}
}
