package io.lectern.content.internal.git;

import io.lectern.content.ContentCommit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The portal's own clone of the course repository, in its data folder: fetched, checked out at
 * one commit, and compared between commits. Kept between restarts, so a restart fetches only
 * what is new. Symbolic links are checked out as small text files ({@code core.symlinks=false}),
 * so nothing in the working tree points outside it.
 */
public final class GitRepository implements AutoCloseable {

	private final GitProperties properties;
	private final Path folder;
	private final GitCredentials credentials;
	private Git git;

	/** @param gitFolder the data folder's {@code git} folder; each repository gets a folder of its own in it */
	public GitRepository(GitProperties properties, Path gitFolder) {
		this.properties = properties;
		this.folder = gitFolder.resolve(folderName(properties.url()));
		this.credentials = new GitCredentials(properties, gitFolder.resolve("ssh-home"));
	}

	/** Opens the clone an earlier start left, or clones the repository without checking anything out. */
	public synchronized void open() throws GitAPIException, IOException {
		Files.createDirectories(folder.getParent().resolve("ssh-home"));
		if (Files.isDirectory(folder.resolve(".git"))) {
			git = Git.open(folder.toFile());
			if (properties.url().equals(git.getRepository().getConfig().getString("remote", "origin", "url"))) {
				return;
			}
			git.close();
		}
		deleteFolder();
		git = credentials.applyTo(Git.cloneRepository()
			.setURI(properties.url())
			.setDirectory(folder.toFile())
			.setBranchesToClone(List.of(branchRef()))
			.setBranch(branchRef())
			.setNoCheckout(true))
			.call();
		StoredConfig config = git.getRepository().getConfig();
		config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_SYMLINKS, false);
		config.save();
	}

	/**
	 * Fetches the branch.
	 *
	 * @return the newest commit of the branch in the repository
	 * @throws IllegalStateException when the repository has no such branch
	 */
	public synchronized ObjectId fetch() throws GitAPIException, IOException {
		credentials.applyTo(git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+" + branchRef() + ":" + trackingRef())))
			.call();
		ObjectId head = git.getRepository().resolve(trackingRef());
		if (head == null) {
			throw new IllegalStateException("The repository has no branch " + properties.branch());
		}
		return head;
	}

	/** The newest commit of the branch as last fetched, if it was. */
	public synchronized Optional<ObjectId> fetched() throws IOException {
		return Optional.ofNullable(git.getRepository().resolve(trackingRef()));
	}

	/** Whether the clone holds {@code commit}, as fetched by this instance or not yet. */
	public synchronized boolean has(ObjectId commit) throws IOException {
		return git.getRepository().getObjectDatabase().has(commit);
	}

	/** Makes the working tree that of {@code commit}, exactly: changed files restored, others removed. */
	public synchronized void checkOut(ObjectId commit) throws GitAPIException {
		git.reset().setMode(ResetType.HARD).setRef(commit.name()).call();
		git.clean().setCleanDirectories(true).setForce(true).setIgnore(false).call();
	}

	public synchronized ContentCommit describe(ObjectId commit) throws IOException {
		try (RevWalk walk = new RevWalk(git.getRepository())) {
			RevCommit parsed = walk.parseCommit(commit);
			return new ContentCommit(parsed.name(), parsed.getShortMessage(), Instant.ofEpochSecond(parsed.getCommitTime()));
		}
	}

	/**
	 * The files added, changed, removed or renamed between two commits, relative to the courses'
	 * folder; a folder of courses added or removed as a whole shows as its files.
	 */
	public synchronized Set<String> changedBetween(ObjectId from, ObjectId to) throws GitAPIException, IOException {
		Repository repository = git.getRepository();
		Set<String> changed = new TreeSet<>();
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			List<DiffEntry> entries = git.diff()
				.setOldTree(new CanonicalTreeParser(null, reader, walk.parseCommit(from).getTree()))
				.setNewTree(new CanonicalTreeParser(null, reader, walk.parseCommit(to).getTree()))
				.setPathFilter(properties.path().isEmpty() ? TreeFilter.ALL : PathFilter.create(properties.path()))
				.setShowNameAndStatusOnly(true)
				.call();
			String prefix = properties.path().isEmpty() ? "" : properties.path() + "/";
			for (DiffEntry entry : entries) {
				Stream.of(entry.getOldPath(), entry.getNewPath())
					.filter(path -> !path.equals(DiffEntry.DEV_NULL) && path.startsWith(prefix))
					.forEach(path -> changed.add(path.substring(prefix.length())));
			}
		}
		return changed;
	}

	/** The folder the courses are read from, in the working tree. */
	public Path contentRoot() {
		return properties.path().isEmpty() ? folder : folder.resolve(properties.path());
	}

	@Override
	public synchronized void close() {
		if (git != null) {
			git.close();
		}
		credentials.close();
	}

	private String branchRef() {
		return "refs/heads/" + properties.branch();
	}

	private String trackingRef() {
		return "refs/remotes/origin/" + properties.branch();
	}

	private void deleteFolder() throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** One folder per repository address, so that a changed address never mixes two clones. */
	private static String folderName(String url) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
			return "repository-" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
