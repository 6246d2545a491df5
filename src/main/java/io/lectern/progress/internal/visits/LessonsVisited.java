package io.lectern.progress.internal.visits;

import io.lectern.accounts.LearnerId;
import java.time.Instant;
import java.util.List;

/**
 * A batch of visits just written: each learner's new lesson to resume in a course, or the same
 * lesson read again a while later. Handed on within the transaction that wrote them.
 */
public record LessonsVisited(List<Visit> visits) {

	public LessonsVisited {
		visits = List.copyOf(visits);
	}

	public record Visit(LearnerId learner, String courseSlug, Instant at) {
	}
}
