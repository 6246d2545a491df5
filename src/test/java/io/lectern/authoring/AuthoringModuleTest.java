package io.lectern.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/** The authoring module starts on its own: it uses no other module. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:authoring-module")
class AuthoringModuleTest {

	@Autowired
	ProblemBoard board;

	@Test
	void itsProblemBoardCountsWhatIsPostedToIt() {
		board.publish("module-test", List.of(ProblemBoard.Listed.atStartUp(
				ContentProblem.error("lesson.md", 3, "problem.link.noLesson", "nowhere.md"), Optional.empty())));

		assertThat(board.all()).anySatisfy(listed -> assertThat(listed.problem().file()).isEqualTo("lesson.md"));
	}
}
