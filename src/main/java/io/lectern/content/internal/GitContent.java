package io.lectern.content.internal;

import io.lectern.authoring.ContentProblem;
import io.lectern.content.ContentCommit;
import io.lectern.content.ContentReload;
import io.lectern.content.ContentReload.Outcome;
import io.lectern.content.ContentSource;
import io.lectern.content.internal.git.GitProperties;
import io.lectern.content.internal.git.GitRepository;
import io.lectern.content.internal.git.WantedCommits;
import io.lectern.content.internal.load.ContentTree;
import io.lectern.content.internal.load.DirectoryTree;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Courses from a git repository: cloned into the data folder at start-up, fetched on the poll
 * interval and on request, and checked out commit by commit, each change reloading only the
 * courses whose files it touched. The commit to serve is recorded in the database, so that every
 * instance behind a load balancer converges on the one an instance fetched. A fetch that fails, or
 * a commit that leaves no lesson, keeps the commit served, with the problem on the problems page.
 */
public final class GitContent implements ContentSource {

	private static final Logger log = LoggerFactory.getLogger(GitContent.class);

	private final GitProperties properties;
	private final GitRepository repository;
	private final WantedCommits wanted;
	private final ObjectProvider<ContentReloads> reloads;
	private final GitProblems problems;
	private final ServedCommit served;
	private ObjectId refused;

	GitContent(GitProperties properties, GitRepository repository, WantedCommits wanted,
			ObjectProvider<ContentReloads> reloads, GitProblems problems) {
		this.properties = properties;
		this.repository = repository;
		this.wanted = wanted;
		this.reloads = reloads;
		this.problems = problems;
		this.served = new ServedCommit(repository);
	}

	/**
	 * Clones the repository (or opens the clone an earlier start left), fetches it and checks out
	 * the branch's newest commit. When the fetch fails, an earlier start's clone is served as it was
	 * fetched then.
	 *
	 * @return the courses' folder in the working tree
	 * @throws IllegalStateException when there is nothing to serve, with what went wrong
	 */
	synchronized ContentTree checkOutAtStartUp() {
		ObjectId head;
		try {
			repository.open();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot clone the course repository " + properties.shownUrl() + ": " + GitProblems.reason(ex), ex);
		}
		try {
			head = repository.fetch();
		}
		catch (Exception ex) {
			head = earlierFetch().orElseThrow(() -> new IllegalStateException(
					"Cannot fetch the course repository " + properties.shownUrl() + ": " + GitProblems.reason(ex), ex));
			problems.fetchFailed(ex);
		}
		try {
			repository.checkOut(head);
			served.is(head);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot check out " + head.name() + " of " + properties.shownUrl() + ": " + GitProblems.reason(ex), ex);
		}
		if (!Files.isDirectory(repository.contentRoot())) {
			throw new IllegalStateException("The course repository " + properties.shownUrl() + " has no folder "
					+ properties.path() + " (lectern.content.git.path) at commit " + head.name());
		}
		log.info("Serving commit {} of {} (branch {})", head.name(), properties.shownUrl(), properties.branch());
		return new DirectoryTree(repository.contentRoot());
	}

	@Override
	public Origin origin() {
		return new Origin(Origin.Kind.GIT, properties.shownUrl(), properties.branch(), properties.path());
	}

	@Override
	public Optional<ContentCommit> commit() {
		return served.commit();
	}

	/** Fetches the branch, records its newest commit as the one every instance should serve, and serves it. */
	@Override
	public synchronized ContentReload reload() {
		Optional<String> seen;
		ObjectId head;
		try {
			seen = wanted.wanted();
			head = repository.fetch();
		}
		catch (Exception ex) {
			problems.fetchFailed(ex);
			log.warn("Fetching the course repository {} failed, commit {} is still served: {}", properties.shownUrl(),
					served.id().name(), GitProblems.reason(ex));
			return outcome(Outcome.FAILED, List.of(), "Fetching the repository failed: " + GitProblems.reason(ex)
					+ ". The commit served before is still served.");
		}
		problems.fetched();
		if (!seen.equals(Optional.of(head.name())) && !wanted.record(seen, head.name())) {
			// Another instance recorded a commit since: that one is served, here as everywhere.
			return converge();
		}
		return serve(head);
	}

	/** Serves the commit recorded in the database, when another instance recorded one this one does not serve. */
	synchronized ContentReload converge() {
		Optional<ObjectId> recorded = wanted.wanted().filter(ObjectId::isId).map(ObjectId::fromString);
		if (recorded.isEmpty() || recorded.get().equals(served.id())) {
			return outcome(Outcome.UNCHANGED, List.of(), "The commit served is the newest.");
		}
		ObjectId commit = recorded.get();
		try {
			if (!repository.has(commit)) {
				repository.fetch();
			}
			if (!repository.has(commit)) {
				problems.missing(commit.name());
				return outcome(Outcome.FAILED, List.of(), "Commit " + commit.name() + ", recorded by another instance, is not in the branch");
			}
		}
		catch (Exception ex) {
			problems.fetchFailed(ex);
			return outcome(Outcome.FAILED, List.of(), "Fetching the repository failed: " + GitProblems.reason(ex));
		}
		return serve(commit);
	}

	private ContentReload serve(ObjectId commit) {
		if (commit.equals(served.id())) {
			return outcome(Outcome.UNCHANGED, List.of(), "The commit served is the newest.");
		}
		String shortId = commit.abbreviate(7).name();
		if (commit.equals(refused)) {
			return outcome(Outcome.REFUSED, List.of(), "Commit " + shortId + " leaves no lesson and was refused.");
		}
		ContentReloads.Result result;
		try {
			Set<String> changed = repository.changedBetween(served.id(), commit);
			repository.checkOut(commit);
			ContentProblem refusal = ContentProblem.error(problems.where(), 0, "problem.git.noLesson", shortId,
					served.id().abbreviate(7).name());
			result = Files.isDirectory(repository.contentRoot())
					? reloads.getObject().reload(new DirectoryTree(repository.contentRoot()), changed, refusal)
					: reloads.getObject().refuse(refusal);
		}
		catch (Exception ex) {
			served.restore();
			problems.checkoutFailed(commit.name(), ex);
			log.warn("Serving commit {} of {} failed, commit {} is still served", commit.name(), properties.shownUrl(), served.id().name(), ex);
			return outcome(Outcome.FAILED, List.of(), "Checking out commit " + shortId + " failed: " + GitProblems.reason(ex));
		}
		if (result.refused()) {
			refused = commit;
			served.restore();
			return outcome(Outcome.REFUSED, List.of(), "Commit " + shortId + " leaves no lesson and was refused.");
		}
		served.is(commit);
		problems.served();
		log.info("Serving commit {} of {}: course(s) {} reloaded", commit.name(), properties.shownUrl(), result.courses());
		return outcome(Outcome.RELOADED, result.courses(), "Commit " + shortId + " is served.");
	}

	private Optional<ObjectId> earlierFetch() {
		try {
			return repository.fetched();
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	private ContentReload outcome(Outcome outcome, List<String> courses, String message) {
		return new ContentReload(outcome, commit(), courses, message);
	}
}
