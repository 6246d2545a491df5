package io.lectern.progress.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A digest of the steps a course had when its standings were last worked out in full. */
@Entity
@Table(name = "course_standing_basis")
class StandingBasis {

	@Id
	private String courseSlug;

	private String stepsDigest;

	protected StandingBasis() {
	}

	StandingBasis(String courseSlug, String stepsDigest) {
		this.courseSlug = courseSlug;
		this.stepsDigest = stepsDigest;
	}

	String stepsDigest() {
		return stepsDigest;
	}

	void change(String stepsDigest) {
		this.stepsDigest = stepsDigest;
	}
}
