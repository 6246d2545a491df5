package io.lectern.accounts.internal.audit;

/**
 * How an attempt ended: it was done, the person failed to prove who they are (a wrong password),
 * or the portal refused it without looking (a throttle, a rule).
 */
public enum Outcome {

	SUCCEEDED,
	FAILED,
	REFUSED
}
