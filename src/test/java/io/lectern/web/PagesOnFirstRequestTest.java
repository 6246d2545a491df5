package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.Catalog;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springdoc.core.service.OpenAPIService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Which beans start-up leaves to the first request: the portal's pages and springdoc's, nothing else. */
class PagesOnFirstRequestTest {

	@Controller
	static class APage {
		APage(Clock clock) {
		}
	}

	@RestController
	static class AnApi {
	}

	@Controller
	static class APageThatReadsASetting {
		APageThatReadsASetting(@Value("${lectern.some-setting:1}") int setting) {
		}
	}

	static class AService {
	}

	@Test
	void thePortalsPagesAndTheApiDescriptionAreMadeAtTheirFirstRequest() {
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(APage.class)).isTrue();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(AnApi.class)).isTrue();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(HomeController.class)).isTrue();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(OpenAPIService.class)).isTrue();
	}

	@Test
	void everythingElseIsMadeAtStartUpSoThatWhatIsBrokenStopsIt() {
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(AService.class)).isFalse();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(Catalog.class)).isFalse();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(APageThatReadsASetting.class)).isFalse();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(BasicErrorController.class)).isFalse();
		assertThat(PagesOnFirstRequest.madeOnFirstRequest(null)).isFalse();
	}
}
