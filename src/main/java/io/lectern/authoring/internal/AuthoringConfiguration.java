package io.lectern.authoring.internal;

import io.lectern.authoring.ProblemBoard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One board of content problems for the whole portal, which every module that reads content posts to. */
@Configuration(proxyBeanMethods = false)
class AuthoringConfiguration {

	@Bean
	ProblemBoard problemBoard() {
		return new ProblemBoard();
	}
}
