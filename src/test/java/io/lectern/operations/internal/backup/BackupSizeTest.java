package io.lectern.operations.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupSizeTest {

	@Test
	void smallBackupsAreCountedInKilobytesAndLargeOnesInMegabytes() {
		assertThat(sized(10).size()).isEqualTo("1 KB");
		assertThat(sized(36_000).size()).isEqualTo("35 KB");
		assertThat(sized(1024 * 1024).size()).isEqualTo("1.0 MB");
		assertThat(sized(327 * 1024 * 1024 + 200_000).size()).isEqualTo("327.2 MB");
	}

	private static DatabaseBackups.Backup sized(long bytes) {
		return new DatabaseBackups.Backup("lectern-20261129-120000.zip", bytes, Instant.EPOCH);
	}
}
