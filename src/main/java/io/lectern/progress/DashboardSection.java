package io.lectern.progress;

import io.lectern.accounts.LearnerId;
import java.util.Optional;

/**
 * A section another module adds to the learner's dashboard, below their courses, for what it
 * keeps about them (their certificates, say): safe HTML, or none when it has nothing to show.
 */
public interface DashboardSection {

	Optional<String> forLearner(LearnerId learner);
}
