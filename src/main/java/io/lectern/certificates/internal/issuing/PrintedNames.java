package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.Accounts;
import io.lectern.accounts.LearnerId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The name each learner's certificates carry: the one they chose, or else their display name. */
@Service
public class PrintedNames {

	public static final int MAX_LENGTH = 200;

	private final PrintedNameRepository names;
	private final Accounts accounts;

	PrintedNames(PrintedNameRepository names, Accounts accounts) {
		this.names = names;
		this.accounts = accounts;
	}

	public String of(LearnerId learner) {
		return chosen(learner).orElseGet(() -> accounts.displayNames(List.of(learner)).getOrDefault(learner, ""));
	}

	public Optional<String> chosen(LearnerId learner) {
		return names.findById(learner).map(PrintedName::name);
	}

	/** Sets the name for certificates issued from now on; an empty one goes back to the display name. */
	@Transactional
	public void choose(LearnerId learner, String name) {
		String trimmed = name.strip();
		if (trimmed.isEmpty()) {
			names.deleteById(learner);
			return;
		}
		if (trimmed.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A name on certificates has at most " + MAX_LENGTH + " characters");
		}
		names.findById(learner)
			.ifPresentOrElse(kept -> kept.change(trimmed), () -> names.save(new PrintedName(learner, trimmed)));
	}

	@Transactional
	void forget(LearnerId learner) {
		names.findById(learner).ifPresent(names::delete);
	}
}
