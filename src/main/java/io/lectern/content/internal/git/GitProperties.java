package io.lectern.content.internal.git;

import java.net.URISyntaxException;
import java.time.Duration;
import org.eclipse.jgit.transport.URIish;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Courses from a git repository ({@code lectern.content.git.*}). Secrets are read from files, so
 * that they appear neither on a command line nor in the environment a process listing shows.
 *
 * @param url the repository, {@code https://}, {@code ssh://}, {@code git@host:path} or {@code file://}; empty for none
 * @param branch the branch served
 * @param path the folder of the repository that holds the courses; empty for its top
 * @param poll how often every instance fetches the branch
 * @param check how often every instance looks in the database for a commit another one was asked to serve
 * @param username the user name sent with the token over HTTPS
 * @param tokenFile a file holding an access token for HTTPS (a deploy token, a fine-grained personal token)
 * @param sshKeyFile a file holding the private key of an SSH deploy key, without a passphrase
 * @param sshKnownHostsFile the host keys an SSH server may show, in OpenSSH's {@code known_hosts} form
 */
@ConfigurationProperties("lectern.content.git")
public record GitProperties(String url, String branch, String path, Duration poll, Duration check, String username,
		String tokenFile, String sshKeyFile, String sshKnownHostsFile) {

	@ConstructorBinding
	public GitProperties {
		url = url == null ? "" : url.strip();
		branch = branch == null || branch.isBlank() ? "main" : branch.strip();
		path = path == null ? "" : path.strip().replaceAll("^/+|/+$", "");
		poll = poll == null ? Duration.ofMinutes(1) : poll;
		check = check == null ? Duration.ofSeconds(10) : check;
		username = username == null || username.isBlank() ? "git" : username;
		tokenFile = tokenFile == null ? "" : tokenFile;
		sshKeyFile = sshKeyFile == null ? "" : sshKeyFile;
		sshKnownHostsFile = sshKnownHostsFile == null ? "" : sshKnownHostsFile;
	}

	public boolean configured() {
		return !url.isEmpty();
	}

	/**
	 * Refuses settings that would put a secret where it leaks, or reach outside the clone.
	 *
	 * @throws IllegalStateException with what to set instead
	 */
	public void validate() {
		URIish uri = uri();
		if (uri.getPass() != null) {
			throw new IllegalStateException("lectern.content.git.url holds a password or token, which would show in "
					+ "logs and process listings: put the token in a file and name it in lectern.content.git.token-file");
		}
		if (!tokenFile.isEmpty() && "http".equalsIgnoreCase(uri.getScheme())) {
			// Plain HTTP would hand the token to anyone on the way, at every fetch.
			throw new IllegalStateException("lectern.content.git.token-file is set for an http:// address, which would "
					+ "send the token unencrypted: use the repository's https:// address");
		}
		for (String part : path.split("/")) {
			if (part.equals("..") || part.equals(".git")) {
				throw new IllegalStateException("lectern.content.git.path must name a folder inside the repository: " + path);
			}
		}
		if (!branch.matches("[A-Za-z0-9._/-]+") || branch.contains("..")) {
			throw new IllegalStateException("lectern.content.git.branch is not a branch name: " + branch);
		}
		if (poll.isNegative() || poll.isZero() || check.isNegative() || check.isZero()) {
			throw new IllegalStateException("lectern.content.git.poll and .check must be longer than zero");
		}
	}

	/** The repository's address as logs and pages may show it, without a password in it. */
	public String shownUrl() {
		return uri().setPass(null).toString();
	}

	URIish uri() {
		try {
			return new URIish(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("lectern.content.git.url is not a git address: " + ex.getReason(), ex);
		}
	}
}
