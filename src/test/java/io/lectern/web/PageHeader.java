package io.lectern.web;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page's header says about who is signed in, as the layout's account links show it. */
public final class PageHeader {

	private PageHeader() {
	}

	/**
	 * The page's header names this signed-in learner and offers "Log out", never a guest's "Log in".
	 *
	 * @param what the page, as a failure names it
	 */
	public static void assertNamesTheLearner(String what, String page, String displayName) {
		int start = page.indexOf("<header class=\"site-header\"");
		assertThat(start).as(what + ": the site header").isNotNegative();
		String header = page.substring(start, page.indexOf("</header>", start));
		assertThat(header).as(what + ": the header")
			.contains("Signed in as " + displayName, "Log out")
			.doesNotContain("href=\"/login\"", "Log in");
	}
}
