package io.lectern.security;

/** Who is asking, as the role matrix tells people apart. */
enum Visitor {
	GUEST, LEARNER, INSTRUCTOR, ADMIN
}
