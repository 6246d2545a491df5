package io.lectern.accounts.internal.audit;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What an admin narrows the log to: a kind, an outcome, a username (part of one), and days from and
 * to (UTC, both included). Any of them may be left out.
 */
public record SecurityEventFilter(SecurityEventKind kind, Outcome outcome, String username, LocalDate from,
		LocalDate to) {

	public SecurityEventFilter {
		username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	Specification<SecurityEvent> specification() {
		return (event, query, where) -> {
			List<Predicate> all = new ArrayList<>();
			if (kind != null) {
				all.add(where.equal(event.get("kind"), kind));
			}
			if (outcome != null) {
				all.add(where.equal(event.get("outcome"), outcome));
			}
			if (!username.isEmpty()) {
				all.add(where.like(where.lower(event.get("username")), "%" + escaped(username) + "%", '\\'));
			}
			if (from != null) {
				all.add(where.greaterThanOrEqualTo(event.get("occurredAt"), from.atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (to != null) {
				all.add(where.lessThan(event.get("occurredAt"), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return where.and(all.toArray(Predicate[]::new));
		};
	}

	/** A typed % or _ is looked for as itself, not as a wildcard. */
	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
