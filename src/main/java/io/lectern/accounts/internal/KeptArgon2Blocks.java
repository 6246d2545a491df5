package io.lectern.accounts.internal;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;

/**
 * Argon2's 1 KiB working blocks, handed back by each hash and handed out to the next, up to as many
 * as {@code most}. They are held softly: while hashes keep coming (a class registering, logins at
 * the start of an exam) they are reused, and when none has come for a while the collector may drop
 * them all, so an idle server does not keep tens of megabytes for the next login.
 */
final class KeptArgon2Blocks implements Argon2BytesGenerator.BlockPool {

	private final int most;

	private SoftReference<ArrayDeque<Argon2BytesGenerator.Block>> kept = new SoftReference<>(new ArrayDeque<>());

	KeptArgon2Blocks(int most) {
		this.most = most;
	}

	@Override
	public synchronized Argon2BytesGenerator.Block allocate() {
		ArrayDeque<Argon2BytesGenerator.Block> blocks = kept.get();
		Argon2BytesGenerator.Block block = blocks == null ? null : blocks.pollLast();
		return block != null ? block : new Argon2BytesGenerator.Block();
	}

	/** Bouncy Castle clears each block before it comes back. */
	@Override
	public synchronized void deallocate(Argon2BytesGenerator.Block block) {
		ArrayDeque<Argon2BytesGenerator.Block> blocks = kept.get();
		if (blocks == null) {
			blocks = new ArrayDeque<>();
			kept = new SoftReference<>(blocks);
		}
		if (blocks.size() < most) {
			blocks.addLast(block);
		}
	}
}
