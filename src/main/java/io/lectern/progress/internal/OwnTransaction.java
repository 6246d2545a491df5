package io.lectern.progress.internal;

import jakarta.persistence.PersistenceException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in its own transaction, again from the start when a concurrent transaction got in its
 * way. Only for work that holds no other connection: called inside another transaction, it would ask
 * the pool for a second connection while holding one, which deadlocks the pool once as many callers
 * do it at once as it has connections.
 */
@Component
public class OwnTransaction {

	private static final int TRIES = 5;

	private final TransactionTemplate template;

	OwnTransaction(PlatformTransactionManager transactions) {
		this.template = new TransactionTemplate(transactions);
		this.template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs work in its own transaction, again from the start when a concurrent transaction got in
	 * its way (the same row inserted, or changed since it was read), up to {@value #TRIES} times.
	 */
	public void retrying(Runnable work) {
		retrying(() -> {
			work.run();
			return null;
		});
	}

	/** The same, for work with a result: that of the run that committed. */
	public <T> T retrying(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return template.execute(status -> work.get());
			}
			catch (DataIntegrityViolationException | OptimisticLockingFailureException | PersistenceException clash) {
				if (attempt == TRIES) {
					throw clash;
				}
				pause(attempt);
			}
		}
	}

	/** A short, growing, jittered wait, so two clashing transactions do not clash again at once. */
	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
