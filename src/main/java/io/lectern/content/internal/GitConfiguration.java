package io.lectern.content.internal;

import io.lectern.authoring.ProblemBoard;
import io.lectern.content.ContentSource;
import io.lectern.content.internal.git.GitProperties;
import io.lectern.content.internal.git.GitRepository;
import io.lectern.content.internal.git.WantedCommits;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where the courses come from: a git repository when {@code lectern.content.git.url} is set, else a folder or the bundled course. */
@Configuration(proxyBeanMethods = false)
class GitConfiguration {

	private static final String FROM_GIT = "'${lectern.content.git.url:}' != ''";

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(FROM_GIT)
	GitRepository gitRepository(GitProperties properties, ContentProperties content,
			@Value("${lectern.data.dir:./data}") Path dataDir) {
		properties.validate();
		if (!content.bundled()) {
			throw new IllegalStateException("Both lectern.content.dir and lectern.content.git.url are set: set one of them");
		}
		return new GitRepository(properties, dataDir.resolve("git"));
	}

	@Bean
	@ConditionalOnExpression(FROM_GIT)
	GitContent gitContent(GitProperties properties, GitRepository repository, JdbcClient jdbc,
			ObjectProvider<ContentReloads> reloads, ProblemBoard board) {
		return new GitContent(properties, repository,
				new WantedCommits(jdbc, properties.shownUrl() + "#" + properties.branch()), reloads,
				new GitProblems(board, properties));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression(FROM_GIT)
	GitPolling gitPolling(GitContent content, GitProperties properties) {
		return new GitPolling(content, properties);
	}

	@Bean
	@ConditionalOnExpression("!(" + FROM_GIT + ")")
	ContentSource localContent(ContentProperties properties, ObjectProvider<ContentReloads> reloads) {
		return new LocalContent(properties, reloads);
	}
}
