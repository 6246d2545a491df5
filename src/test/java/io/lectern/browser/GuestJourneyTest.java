package io.lectern.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Someone without an account finds a course, reads on from lesson to lesson and searches. */
class GuestJourneyTest extends BrowserJourney {

	@Test
	void browsesTheCatalogReadsOnAndSearches() {
		open("/");
		assertThat(heading()).isEqualTo("Courses");
		record("catalog");

		followLink(".course-list", "AWS Big Data: Data Security");
		assertThat(path()).isEqualTo("/courses/aws-data-security");
		assertThat(heading()).isEqualTo("AWS Big Data: Data Security");
		record("course");

		follow(find("main").findElement(By.linkText("The Shared Responsibility Model")));
		assertThat(path()).isEqualTo("/courses/aws-data-security/shared-responsibility");
		String first = heading();
		assertThat(find(".lesson-body").getText()).isNotBlank();
		assertThat(find("#lesson-progress").getText()).contains("Log in");
		record("lesson");

		follow(find(".pager a[rel=next]"));
		assertThat(path()).isEqualTo("/courses/aws-data-security/encryption-and-keys");
		assertThat(heading()).isNotEqualTo(first);
		assertThat(find(".pager a[rel=prev]").getText()).contains(first);
		record("next-lesson");

		type("#site-search", "encryption");
		follow(find(".site-search button[type=submit]"));
		assertThat(path()).isEqualTo("/search?q=encryption");
		assertThat(heading()).isEqualTo("Search");
		assertThat(find("main").getText()).contains("match");
		assertThat(find("main").findElements(By.cssSelector(".search-course a"))).isNotEmpty();
		record("search");
	}
}
