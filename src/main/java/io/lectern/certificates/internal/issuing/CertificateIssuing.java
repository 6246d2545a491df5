package io.lectern.certificates.internal.issuing;

import io.lectern.accounts.LearnerId;
import io.lectern.certificates.internal.PublicAddress;
import io.lectern.certificates.internal.status.CertificateStatus;
import io.lectern.content.Course;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a learner's certificate for a course, once. Events that earn it can arrive together (a
 * completion and a graded exam, or a redelivery): each inserts in a transaction of its own, and
 * the unique key on learner and course lets one through; the others find it issued. Its callers
 * hold no transaction ({@link Awarding}'s listeners, {@link LookingBack}), so that one issue never
 * holds two of the pool's connections at once.
 */
@Service
public class CertificateIssuing {

	private static final Logger log = LoggerFactory.getLogger(CertificateIssuing.class);

	private final CertificateRepository certificates;
	private final PrintedNames names;
	private final PublicAddress address;
	private final EntityManager entities;
	private final TransactionTemplate own;

	CertificateIssuing(CertificateRepository certificates, PrintedNames names, PublicAddress address,
			EntityManager entities, PlatformTransactionManager transactions) {
		this.certificates = certificates;
		this.names = names;
		this.address = address;
		this.entities = entities;
		this.own = new TransactionTemplate(transactions);
		// A lost race spoils no caller's transaction; there is none to suspend, so no second connection is held.
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The learner's certificate for the course, issued now (dated {@code earnedAt}) unless it was
	 * before. Fails, leaving the event to be delivered again at the next start, while the portal's
	 * public address is not set.
	 */
	public Certificate issue(LearnerId learner, Course course, Instant earnedAt) {
		Optional<Certificate> issued = certificates.findByLearnerIdAndCourseSlug(learner, course.slug().value());
		if (issued.isPresent()) {
			return issued.get();
		}
		if (!address.configured()) {
			log.error(PublicAddress.MISSING);
			throw new IllegalStateException(PublicAddress.MISSING);
		}
		try {
			Certificate certificate = own.execute(status -> {
				CertificateStatus slot = new CertificateStatus();
				entities.persist(slot);
				Certificate made = new Certificate(learner, course.slug().value(), course.title(), course.version(),
						names.of(learner), earnedAt, slot.index());
				entities.persist(made);
				entities.flush();
				return made;
			});
			log.info("Issued certificate {} for course {}", certificate.id(), course.slug());
			return certificate;
		}
		catch (DataIntegrityViolationException | PersistenceException issuedMeanwhile) {
			return certificates.findByLearnerIdAndCourseSlug(learner, course.slug().value()).orElseThrow(() -> issuedMeanwhile);
		}
	}
}
