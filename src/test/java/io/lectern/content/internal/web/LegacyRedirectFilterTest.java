package io.lectern.content.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.content.SampleCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LegacyRedirectFilterTest {

	private final LegacyRedirectFilter filter = new LegacyRedirectFilter(SampleCatalog.create());

	private MockHttpServletResponse send(String method, String path, String query) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setQueryString(query);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void oldPathsAnswer301ToTheCanonicalLessonKeepingTheQuery() throws Exception {
		MockHttpServletResponse response = send("GET", "/Lessons/Old-Shared.html", "ref=mail");

		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getHeader("Location")).isEqualTo("/courses/cloud-security/shared-responsibility?ref=mail");
	}

	@Test
	void otherPathsAndWritesPassThrough() throws Exception {
		assertThat(send("GET", "/courses/cloud-security", null).getStatus()).isEqualTo(200);
		assertThat(send("POST", "/lessons/old-shared", null).getHeader("Location")).isNull();
	}
}
