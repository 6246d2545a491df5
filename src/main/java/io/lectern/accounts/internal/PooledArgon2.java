package io.lectern.accounts.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id password hashes, written and read in the format of Spring Security's
 * {@code Argon2PasswordEncoder} ({@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash}) with its settings
 * for 5.8 and later, so hashes stored before verify and either encoder reads the other's; but with
 * Argon2's working memory reused from one hash to the next.
 *
 * <p>Why: each hash fills 16 MiB of 1 KiB blocks. Made anew for every hash, they lived as long as
 * the hash, seconds on a busy machine, so every young collection inside one copied them on and
 * promoted them to the old generation, where they died: a class registering at once filled a small
 * heap with them and left only full collections to free it (docs/benchmarks.md, "Memory under
 * load"). Here the blocks come from one pool that keeps enough for the hashes that may run at once
 * ({@link BoundedPasswordHashing} bounds them): made once, they are reused while hashes keep coming,
 * and left to the collector when none has come for a while ({@link KeptArgon2Blocks}). Bouncy
 * Castle clears each block before it goes back to the pool, so no hash's memory is seen by the next.
 */
final class PooledArgon2 extends AbstractValidatingPasswordEncoder {

	private static final int SALT_BYTES = 16;
	private static final int HASH_BYTES = 32;
	private static final int MEMORY_KIB = 16 * 1024;
	private static final int ITERATIONS = 2;
	private static final int LANES = 1;

	private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final Argon2BytesGenerator.BlockPool blocks;

	/** @param atOnce how many hashes may run at once: the pool keeps each one's memory */
	PooledArgon2(int atOnce) {
		this.blocks = new KeptArgon2Blocks(atOnce * Argon2BytesGenerator.getBlockCount(MEMORY_KIB, LANES));
	}

	@Override
	protected String encodeNonNullPassword(String rawPassword) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
			.withVersion(Argon2Parameters.ARGON2_VERSION_13)
			.withSalt(salt)
			.withParallelism(LANES)
			.withMemoryAsKB(MEMORY_KIB)
			.withIterations(ITERATIONS)
			.withBlockPool(blocks)
			.build();
		byte[] hash = hash(rawPassword, parameters, HASH_BYTES);
		return "$argon2id$v=" + parameters.getVersion() + "$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$"
				+ BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
	}

	@Override
	protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
		Stored stored;
		try {
			stored = Stored.read(encodedPassword, blocks);
		}
		catch (IllegalArgumentException malformed) {
			return false; // as Spring's encoder answers a hash it cannot read
		}
		return MessageDigest.isEqual(stored.hash(), hash(rawPassword, stored.parameters(), stored.hash().length));
	}

	/** A hash made with less memory or fewer passes than today's is made again at the next login. */
	@Override
	protected boolean upgradeEncodingNonNull(String encodedPassword) {
		Argon2Parameters parameters = Stored.read(encodedPassword, blocks).parameters();
		return parameters.getMemory() < MEMORY_KIB || parameters.getIterations() < ITERATIONS;
	}

	private static byte[] hash(String rawPassword, Argon2Parameters parameters, int length) {
		byte[] hash = new byte[length];
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		generator.generateBytes(rawPassword.toCharArray(), hash);
		return hash;
	}

	/** A stored hash and the parameters it was made with, read as Spring's encoder reads them. */
	private record Stored(byte[] hash, Argon2Parameters parameters) {

		static Stored read(String encoded, Argon2BytesGenerator.BlockPool blocks) {
			String[] parts = encoded.split("\\$");
			if (parts.length < 4) {
				throw new IllegalArgumentException("not an Argon2 hash");
			}
			int part = 1;
			Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(switch (parts[part++]) {
				case "argon2d" -> Argon2Parameters.ARGON2_d;
				case "argon2i" -> Argon2Parameters.ARGON2_i;
				case "argon2id" -> Argon2Parameters.ARGON2_id;
				default -> throw new IllegalArgumentException("not an Argon2 type");
			});
			if (parts[part].startsWith("v=")) {
				parameters.withVersion(Integer.parseInt(parts[part++].substring(2)));
			}
			String[] costs = parts[part++].split(",");
			if (parts.length != part + 2 || costs.length != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=")
					|| !costs[2].startsWith("p=")) {
				throw new IllegalArgumentException("not an Argon2 hash");
			}
			parameters.withMemoryAsKB(Integer.parseInt(costs[0].substring(2)))
				.withIterations(Integer.parseInt(costs[1].substring(2)))
				.withParallelism(Integer.parseInt(costs[2].substring(2)))
				.withSalt(Base64.getDecoder().decode(parts[part]))
				.withBlockPool(blocks);
			return new Stored(Base64.getDecoder().decode(parts[part + 1]), parameters.build());
		}
	}
}
