package io.lectern.progress;

import io.lectern.quiz.internal.Attempts;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

/**
 * Records, while a walk is on, every call that comes into a quiz or progress bean from another
 * class, or from an event delivered to it: the class entered, and its door (the calling class, or
 * the event). A walk starts with an attempt's submit, or with an event delivered to one of these
 * modules during it; a call a class makes to itself never passes its proxy, so it is no entry.
 * The calling class is the one whose code made the call: work handed to a helper to run (a
 * transaction retried, say) still calls from the class that wrote it.
 */
final class ClassEntries implements MethodInterceptor {

	/**
	 * One entry into a class.
	 *
	 * @param loop whether the class was on the caller's stack already: the walk came back to it
	 */
	record Entry(String entered, String door, boolean loop) {
	}

	private record Frame(Class<?> type, boolean walk) {
	}

	private final List<Entry> entries = new ArrayList<>();
	private final ThreadLocal<Deque<Frame>> stacks = ThreadLocal.withInitial(ArrayDeque::new);
	private final AtomicInteger walking = new AtomicInteger();
	private volatile boolean on;

	/** Starts recording afresh. */
	synchronized void start() {
		entries.clear();
		on = true;
	}

	/** Stops recording, and hands back what was recorded. */
	synchronized List<Entry> stop() {
		on = false;
		return List.copyOf(entries);
	}

	/** Whether a walk's submit or event delivery is running now, on any thread. */
	boolean busy() {
		return walking.get() > 0;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Class<?> entered = ClassUtils.getUserClass(invocation.getThis());
		Deque<Frame> stack = stacks.get();
		Frame caller = stack.peek();
		boolean walk = caller == null ? on && startsWalk(invocation.getMethod()) : caller.walk();
		Class<?> calling = caller == null ? null : callingClass();
		if (walk && calling != entered) {
			boolean loop = cameBack(stack, entered, calling);
			record(new Entry(entered.getSimpleName(),
					calling == null ? doorOf(invocation.getMethod()) : calling.getSimpleName(), loop));
		}
		stack.push(new Frame(entered, walk));
		boolean root = caller == null && walk;
		if (root) {
			walking.incrementAndGet();
		}
		try {
			return invocation.proceed();
		}
		finally {
			stack.pop();
			if (root) {
				walking.decrementAndGet();
			}
		}
	}

	private synchronized void record(Entry entry) {
		if (on) {
			entries.add(entry);
		}
	}

	/**
	 * Whether the walk came back to a class it had gone through on the way to the calling class:
	 * the class is on the stack beneath the caller's latest frame. A helper that runs its caller's
	 * work (a transaction) is above the caller, and may be asked again by it.
	 */
	private static boolean cameBack(Deque<Frame> stack, Class<?> entered, Class<?> calling) {
		boolean callerFound = calling == null || stack.stream().noneMatch(frame -> frame.type() == calling);
		for (Frame frame : stack) {
			// From the newest frame down.
			if (frame.type() == calling) {
				callerFound = true;
			}
			else if (frame.type() == entered && callerFound) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The application class whose code called the proxy: the first on the stack that is not a
	 * proxy (Spring's, or a repository's), a lambda's or this one.
	 */
	private static Class<?> callingClass() {
		return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
			.walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
				.filter(type -> type.getName().startsWith("io.lectern.") && !type.getName().contains("$$")
						&& !java.lang.reflect.Proxy.isProxyClass(type) && outermost(type) != ClassEntries.class)
				.map(ClassEntries::outermost)
				.findFirst()
				.orElse(null));
	}

	private static Class<?> outermost(Class<?> type) {
		return type.getEnclosingClass() == null ? type : outermost(type.getEnclosingClass());
	}

	private static boolean startsWalk(Method method) {
		return isListener(method) || method.getDeclaringClass() == Attempts.class && method.getName().equals("submit");
	}

	private static boolean isListener(Method method) {
		return AnnotatedElementUtils.hasAnnotation(method, EventListener.class);
	}

	private static String doorOf(Method method) {
		return isListener(method) ? "event " + method.getParameterTypes()[0].getSimpleName() : "the submit";
	}

	/**
	 * Puts {@link ClassEntries} in front of every quiz and progress bean that can be proxied (not
	 * final, no configuration class), beside the transaction and async advice they have.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		ClassEntries classEntries() {
			return new ClassEntries();
		}

		// An infrastructure advisor: the auto-proxy creator that applies @Transactional applies it too.
		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		static Advisor classEntriesAdvisor(org.springframework.beans.factory.ObjectProvider<ClassEntries> entries) {
			StaticMethodMatcherPointcut walked = new StaticMethodMatcherPointcut() {

				@Override
				public boolean matches(Method method, Class<?> type) {
					return method.getDeclaringClass().getName().startsWith("io.lectern.");
				}
			};
			walked.setClassFilter(Recording::traced);
			MethodInterceptor lazily = invocation -> entries.getObject().invoke(invocation);
			return new DefaultPointcutAdvisor(walked, lazily);
		}

		private static boolean traced(Class<?> type) {
			String name = type.getName();
			return (name.startsWith("io.lectern.quiz.") || name.startsWith("io.lectern.progress.")) && !name.contains("$$")
					&& !Modifier.isFinal(type.getModifiers()) && !type.isInterface()
					&& !AnnotatedElementUtils.hasAnnotation(type, Configuration.class);
		}
	}
}
