package io.lectern.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	/** An account's id and display name, without its roles. */
	interface Name {

		String getPublicId();

		String getDisplayName();
	}

	Optional<Account> findByUsername(String username);

	Optional<Account> findByPublicId(String publicId);

	@Query("select a.publicId as publicId, a.displayName as displayName from Account a where a.publicId in :ids")
	List<Name> findNames(Collection<String> ids);

	@Query("select a.publicId as publicId, a.displayName as displayName from Account a")
	List<Name> findAllNames();

	/** Accounts that confirmed this address, compared without regard to case. */
	@Query("select a from Account a where lower(a.email) = lower(:email) and a.emailConfirmed = true")
	List<Account> findByConfirmedEmail(String email);

	Page<Account> findAllByOrderByUsername(Pageable page);

	Page<Account> findByUsernameContainingOrDisplayNameContainingIgnoreCaseOrderByUsername(String username,
			String displayName, Pageable page);
}
