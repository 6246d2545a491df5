package io.lectern.accounts.internal.audit;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Adds and finds events; there is no way here to change or delete one. */
interface SecurityEventRepository extends Repository<SecurityEvent, Long>, JpaSpecificationExecutor<SecurityEvent> {

	SecurityEvent save(SecurityEvent event);
}
