package io.lectern.accounts.internal.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The security event log for admins (ADMIN only, by the security policy under {@code /admin}):
 * newest first, narrowed by kind, outcome, username and days, and the same selection as CSV.
 */
@Controller
class SecurityEventsController {

	static final int PAGE_SIZE = 50;

	/** A CSV export holds at most this many events, the newest; narrower filters reach older ones. */
	static final int EXPORT_LIMIT = 10_000;

	private final SecurityEventLog log;

	SecurityEventsController(SecurityEventLog log) {
		this.log = log;
	}

	@GetMapping("/admin/security-events")
	String showEvents(@RequestParam(required = false) SecurityEventKind kind,
			@RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "") String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page, Model model) {
		SecurityEventFilter filter = new SecurityEventFilter(kind, outcome, username, from, to);
		Page<SecurityEvent> found = log.find(filter, page - 1, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("events", found);
		model.addAttribute("page", found.getNumber() + 1);
		model.addAttribute("kinds", SecurityEventKind.values());
		model.addAttribute("outcomes", Outcome.values());
		return "accounts/admin-security-events";
	}

	@GetMapping("/admin/security-events.csv")
	ResponseEntity<byte[]> exportEvents(@RequestParam(required = false) SecurityEventKind kind,
			@RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "") String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Page<SecurityEvent> events = log.find(new SecurityEventFilter(kind, outcome, username, from, to), 0, EXPORT_LIMIT);
		StringBuilder csv = new StringBuilder(
				CsvLine.of(List.of("time", "event", "outcome", "username", "learner id", "actor", "address", "detail")));
		for (SecurityEvent event : events) {
			csv.append(CsvLine.of(Arrays.asList(event.occurredAt().toString(), event.kind().name(),
					event.outcome().name(), event.username(), Objects.toString(event.learnerId(), null), event.actor(), event.address(),
					event.detail())));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("security-events.csv").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}
}
