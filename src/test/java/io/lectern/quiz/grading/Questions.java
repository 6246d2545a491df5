package io.lectern.quiz.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sample questions from the bundled course's subject, one of each type, for grading tests. */
final class Questions {

	private Questions() {
	}

	static QuestionInfo info(String id) {
		return new QuestionInfo(id, "Prompt of " + id, List.of("shared-responsibility"), 2, "Because.", "");
	}

	static SingleChoice patching() {
		return new SingleChoice(info("patching"), List.of(new Choice("aws", "AWS", true, "RDS patches the engine."),
				new Choice("you", "You", false, "Not on RDS."), new Choice("nobody", "Nobody", false, "")));
	}

	static MultipleResponse customerDuties(MultipleResponse.Scoring scoring) {
		return new MultipleResponse(info("duties"),
				List.of(new Choice("data", "Data", true, "Always yours."), new Choice("iam", "IAM", true, ""),
						new Choice("sg", "Security groups", true, ""), new Choice("hypervisor", "Hypervisor", false, "AWS's."),
						new Choice("facilities", "Facilities", false, "")),
				scoring);
	}

	static ShortAnswer keyService() {
		return new ShortAnswer(info("kms"), List.of(ShortAnswer.Accepted.text("Key Management Service", "Right."),
				ShortAnswer.Accepted.pattern("(aws )?kms", "KMS it is.")), "Think about who holds keys.");
	}

	static NumericAnswer rootUsers() {
		return new NumericAnswer(info("roots"), BigDecimal.ONE, BigDecimal.ZERO, "Exactly one.");
	}

	static Matching models() {
		return new Matching(info("models"), Map.of("ec2", "infrastructure", "rds", "container", "s3", "abstract"),
				Set.of("infrastructure", "container", "abstract", "on-premises"));
	}

	static Ordering assumeRole() {
		return new Ordering(info("assume"), List.of("request", "check-trust", "issue-credentials", "call-api"));
	}

	static List<Question> oneOfEach() {
		return List.of(patching(), SingleChoice.trueFalse(info("tf"), false, "", "Groups cannot nest."),
				customerDuties(MultipleResponse.Scoring.PARTIAL), customerDuties(MultipleResponse.Scoring.ALL_OR_NOTHING),
				keyService(), rootUsers(), models(), assumeRole());
	}
}
