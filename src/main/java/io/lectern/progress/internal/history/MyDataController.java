package io.lectern.progress.internal.history;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import io.lectern.accounts.LearnerIdentity;
import io.lectern.accounts.SecurityEvents;
import io.lectern.progress.LearnerRecords;
import io.lectern.quiz.AttemptHistory;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Download my data": everything the portal keeps about the signed-in learner, from every module,
 * as one JSON file. It has no learner in its address, so it can only ever be one's own.
 */
@RestController
class MyDataController {

	/**
	 * The file's content: the profile without its password hash, then each module's records, those
	 * of modules progress does not know (certificates) under {@code otherRecords} by their name.
	 */
	record MyData(Instant exportedAt, Accounts.Profile profile, ProgressHistory.Records progress,
			List<AttemptHistory.AttemptRecord> quizAttempts, Map<String, Object> otherRecords) {
	}

	private final LearnerIdentity learners;
	private final Accounts accounts;
	private final ProgressHistory progress;
	private final AttemptHistory attempts;
	private final SecurityEvents securityEvents;
	private final Clock clock;
	private final List<LearnerRecords> otherRecords;

	MyDataController(LearnerIdentity learners, Accounts accounts, ProgressHistory progress, AttemptHistory attempts,
			SecurityEvents securityEvents, Clock clock, ObjectProvider<LearnerRecords> otherRecords) {
		this.otherRecords = otherRecords.orderedStream().toList();
		this.learners = learners;
		this.accounts = accounts;
		this.progress = progress;
		this.attempts = attempts;
		this.securityEvents = securityEvents;
		this.clock = clock;
	}

	@GetMapping(path = "/me/data.json", produces = "application/json")
	ResponseEntity<MyData> downloadMyData(HttpServletRequest request) {
		LearnerId learner = learners.current(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
		Accounts.Profile profile = accounts.profile(learner).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, Object> others = new LinkedHashMap<>();
		otherRecords.forEach(records -> others.put(records.name(), records.of(learner)));
		MyData data = new MyData(clock.instant(), profile, progress.of(learner), attempts.attemptsOf(learner), others);
		securityEvents.dataExported(learner, request.getRemoteAddr());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lectern-" + profile.username() + ".json").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(data);
	}
}
