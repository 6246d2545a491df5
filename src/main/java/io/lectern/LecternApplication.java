package io.lectern;

import io.lectern.content.ContentCheck;
import io.lectern.quiz.Quizzes;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@ConfigurationPropertiesScan
// Module listeners (@ApplicationModuleListener) run after the commit, on their own threads.
@EnableAsync
public class LecternApplication {

	private static final String VALIDATE_FLAG = "--validate=";

	public static void main(String[] args) {
		// Checking a content folder must not need a port, a database or a Spring context:
		// authors run it in their own CI before publishing.
		for (String arg : args) {
			if (arg.startsWith(VALIDATE_FLAG)) {
				System.exit(ContentCheck.run(Path.of(arg.substring(VALIDATE_FLAG.length())), System.out,
						List.of(Quizzes::problemsIn)));
			}
		}
		SpringApplication.run(LecternApplication.class, args);
	}
}
