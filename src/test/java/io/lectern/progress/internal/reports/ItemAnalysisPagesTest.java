package io.lectern.progress.internal.reports;

import static io.lectern.progress.internal.reports.ReportPages.admin;
import static org.assertj.core.api.Assertions.assertThat;

import io.lectern.web.Browser;
import io.lectern.web.BundledQuiz;
import io.lectern.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quiz's item analysis, worked out by hand for three learners. No other test takes the quiz
 * "Users and the root user", so these are its only attempts.
 */
class ItemAnalysisPagesTest extends PortalTest {

	static final String QUIZ = "/quizzes/root-user-check";

	static final String REPORT = "/instructor/quizzes/root-user-check";

	/*
	 * Three attempts; every question is worth 1 point and everything not listed is left blank (0).
	 *
	 *              scp-root (SCP)         root-count (1)   mfa-account (root)   who-does-what (4 pairs)
	 *   ana        scp          1         1         1      "root"         1     -
	 *   ben        iam          0         2         0      "root user"    1     -
	 *   cy         iam          0         1         1      -              0     close → admin, launch → admin: 1/4
	 *
	 * Attempt totals: ana 3, ben 1, cy 1.25.
	 * scp-root: facility 1/3 = 33%. Points x = 1 0 0, rest y = 2 1 1.25. Means 1/3 and 17/12.
	 *   Sxy = 2/3·7/12 + 1/3·5/12 + 1/3·2/12 = 7/12; Sxx = 2/3; Syy = 49/144 + 25/144 + 4/144 = 78/144.
	 *   r = (7/12) / √(2/3 · 78/144) = 0.97. The wrong answer "iam" twice.
	 * root-count: facility 2/3 = 67%. x = 1 0 1, y = 2 1 0.25. Means 2/3 and 13/12.
	 *   Sxy = 1/3·11/12 + 2/3·1/12 − 1/3·10/12 = 1/12; Sxx = 2/3; Syy = (121 + 1 + 100)/144 = 222/144.
	 *   r = (1/12) / √(2/3 · 222/144) = 0.08: below 0.2, worth checking. The wrong answer "2" once.
	 * deny-root: blank in every attempt, so facility 0% (worth checking) and no discrimination.
	 */
	@Test
	void threeLearnersGiveTheFiguresWorkedOutByHand() {
		BundledQuiz.submit(Browser.newLearner(port), QUIZ, "q-scp-root", "scp", "q-root-count", "1", "q-mfa-account", "root");
		BundledQuiz.submit(Browser.newLearner(port), QUIZ, "q-scp-root", "iam", "q-root-count", "2", "q-mfa-account",
				"Root user");
		BundledQuiz.submit(Browser.newLearner(port), QUIZ, "q-scp-root", "iam", "q-root-count", "1", "q-who-does-what/close",
				"admin", "q-who-does-what/launch", "admin");

		String page = admin(port).get(REPORT).body();

		assertThat(page).contains("3 submitted attempts");
		assertThat(ReportPages.header(page)).containsExactly("Question", "Attempts", "Facility", "Discrimination",
				"Most common wrong answer");
		assertThat(ReportPages.row(page, "scp-root Your account is a member account in AWS Organizations. What, if anything, can…"))
			.containsExactly("scp-root Your account is a member account in AWS Organizations. What, if anything, can…", "3",
					"33%", "0.97", "An IAM policy attached to the root user 2 attempts");
		assertThat(ReportPages.row(page, "Check root-count How many root users does one AWS account have? "
				+ "Worth checking: does not separate strong from weak learners."))
			.containsSubsequence("3", "67%", "0.08", "2 1 attempt");
		assertThat(rowStartingWith(page, "Check deny-root")).containsSubsequence("3", "0%", "–", "–none");
		assertThat(rowStartingWith(page, "Check who-does-what").get(4))
			.startsWith("Close the AWS account → An administrative identity; Launch an EC2 instance");
		assertThat(page).contains("<tr class=\"item-check\">");
	}

	@Test
	void theCsvHasAHeaderAndARowPerQuestion() {
		HttpResponse<String> csv = admin(port).get(REPORT + "/items.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"root-user-check-items.csv\"");
		assertThat(csv.headers().firstValue("Cache-Control")).contains("no-store");
		List<String> lines = ReportPages.lines(csv.body());
		assertThat(lines.get(0)).isEqualTo(
				"Question,Prompt,Attempts,Facility (%),Discrimination,Most common wrong answer,Times given,Worth checking,"
						+ "Correct answer if it changed");
		// Ten questions, in the author's order, whether or not anyone has attempted the quiz yet.
		assertThat(lines).hasSize(11);
		assertThat(lines.get(1)).startsWith("mfa-account,\"Which user, created with every AWS account");
	}

	@Test
	void anUnknownQuizIsNotFound() {
		Browser admin = admin(port);

		assertThat(admin.get("/instructor/quizzes/no-such-quiz").statusCode()).isEqualTo(404);
		assertThat(admin.get("/instructor/quizzes/no-such-quiz/items.csv").statusCode()).isEqualTo(404);
	}

	private static List<String> rowStartingWith(String page, String start) {
		for (String row : page.substring(page.indexOf("<tbody>")).split("<tr")) {
			List<String> cells = ReportPages.cells(row);
			if (!cells.isEmpty() && cells.get(0).startsWith(start)) {
				return cells;
			}
		}
		throw new AssertionError("No row starts with " + start);
	}
}
