package io.lectern.progress.internal;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write that must happen at most once in its own transaction. When a concurrent request
 * committed the same row first, the primary key refuses this one; that is "already done", not an
 * error, and the caller's own transaction is untouched.
 */
@Component
class OwnTransaction {

	private final TransactionTemplate template;

	OwnTransaction(PlatformTransactionManager transactions) {
		this.template = new TransactionTemplate(transactions);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @return what the write returned, or {@code false} when the row was there already */
	boolean once(Supplier<Boolean> write) {
		try {
			return Boolean.TRUE.equals(template.execute(status -> write.get()));
		}
		catch (DataIntegrityViolationException | PersistenceException alreadyWrittenByAnotherRequest) {
			return false;
		}
	}
}
