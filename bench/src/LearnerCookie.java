/**
 * Registers one bench learner through the portal's forms (or logs them in when the name is taken)
 * and prints their session cookie, for a load generator that sends it with every request:
 * {@code java LearnerCookie BASE USERNAME PASSWORD}.
 */
final class LearnerCookie {

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: LearnerCookie BASE_URL USERNAME PASSWORD");
			System.exit(2);
		}
		PortalClient portal = new PortalClient(args[0]);
		PortalClient.Session learner = new PortalClient.Session(args[1]);
		portal.signUp(learner, "Bench Reader", args[2]);
		System.out.println(learner.cookie);
	}
}
