package io.lectern.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;
import org.junit.jupiter.api.Test;

class KeptArgon2BlocksTest {

	@Test
	void blocksHandedBackAreHandedOutAgainUpToTheMost() {
		KeptArgon2Blocks pool = new KeptArgon2Blocks(2);
		Block first = pool.allocate();
		Block second = pool.allocate();
		Block third = pool.allocate();
		assertThat(first).isNotSameAs(second).isNotSameAs(third);

		pool.deallocate(first);
		pool.deallocate(second);
		pool.deallocate(third); // one more than the pool keeps

		assertThat(pool.allocate()).isSameAs(second);
		assertThat(pool.allocate()).isSameAs(first);
		assertThat(pool.allocate()).isNotSameAs(first).isNotSameAs(second).isNotSameAs(third);
	}
}
