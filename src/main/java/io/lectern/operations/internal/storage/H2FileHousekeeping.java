package io.lectern.operations.internal.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps an H2 database file from growing without end. The portal opens H2 with
 * {@code WRITE_DELAY=0}, so that each commit is in the file before the request that made it is
 * answered and survives {@code kill -9}. H2 then runs no background writer, and that thread is also
 * the one that rewrites the sparse chunks every commit leaves behind (H2 writes each commit as a new
 * chunk of the pages it changed; a chunk is reused only once none of its pages is current). Without
 * it, the file only grew: 3.0 GB holding 141 MB of current data after 15,000 graded attempts of
 * {@code bench/quiz-submissions.sh}, about 100 KB a commit, and each backup copied all of it.
 *
 * <p>So this does what that thread would: a little at a time, it has H2 rewrite the current pages
 * of its emptiest chunks into a new one ({@link MVStore#compact}, which takes H2's own store lock,
 * as its background thread does), after which their space is written over. Chunks younger than H2's
 * retention time (45 s) are left as they are, so that a crash never meets a half-reused file. A
 * PostgreSQL database, or H2 in memory, has nothing to do here.
 */
@Component
@EnableScheduling
class H2FileHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);

	private final DataSource dataSource;
	private final int targetFillRate;
	private final int bytesPerRound;
	private volatile MVStore store;
	private volatile boolean notH2File;

	H2FileHousekeeping(DataSource dataSource, @Value("${lectern.database.h2-fill-rate:80}") int targetFillRate,
			@Value("${lectern.database.h2-rewrite-bytes:8388608}") int bytesPerRound) {
		this.dataSource = dataSource;
		this.targetFillRate = targetFillRate;
		this.bytesPerRound = bytesPerRound;
	}

	/**
	 * One round: when under {@code targetFillRate} percent of the file's chunks is current data, up to
	 * {@code bytesPerRound} of it is rewritten, emptiest and oldest chunks first.
	 *
	 * @return whether anything was rewritten
	 */
	@Scheduled(initialDelayString = "${lectern.database.h2-housekeeping-every:PT1S}",
			fixedDelayString = "${lectern.database.h2-housekeeping-every:PT1S}")
	boolean tidy() {
		Optional<MVStore> file = fileStore();
		if (file.isEmpty()) {
			return false;
		}
		try {
			return file.get().compact(targetFillRate, bytesPerRound);
		}
		catch (RuntimeException closedOrFailed) {
			// The database is being closed (shutdown), or H2 refused: the next round asks again.
			log.debug("H2 housekeeping skipped a round", closedOrFailed);
			store = null;
			return false;
		}
	}

	/** The percentage of the file's chunks that is current data, when the database is an H2 file. */
	Optional<Integer> chunksFillRate() {
		return fileStore().map(file -> file.getFileStore().getChunksFillRate());
	}

	private Optional<MVStore> fileStore() {
		if (notH2File) {
			return Optional.empty();
		}
		MVStore known = store;
		if (known != null && !known.isClosed()) {
			return Optional.of(known);
		}
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)
					|| !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local)) {
				notH2File = true;
				return Optional.empty();
			}
			MVStore opened = local.getDatabase().getStore().getMvStore();
			if (opened.getFileStore() == null) {
				notH2File = true;
				return Optional.empty();
			}
			store = opened;
			return Optional.of(opened);
		}
		catch (SQLException unavailable) {
			log.debug("H2 housekeeping found no connection this round", unavailable);
			return Optional.empty();
		}
	}
}
