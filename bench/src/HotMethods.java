import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The costliest methods in a JFR recording's CPU samples ({@code jdk.ExecutionSample}), as shares of
 * all samples: "self" counts the method at the top of the stack, "total" every sample the method is
 * anywhere in (once per sample, however deep it recurs). {@code java HotMethods.java FILE [N] [FILTER]}
 * prints the N (25) highest of each; FILTER, a text such as {@code io.lectern}, keeps the total list
 * to methods whose class name contains it.
 */
final class HotMethods {

	public static void main(String[] args) throws Exception {
		int shown = args.length > 1 ? Integer.parseInt(args[1]) : 25;
		Predicate<String> kept = args.length > 2 ? name -> name.contains(args[2]) : name -> true;
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (!frames.isEmpty()) {
				self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
			}
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame.getMethod());
				if (seen.add(name)) {
					total.merge(name, 1, Integer::sum);
				}
			}
		}
		System.out.printf("%d CPU samples%n%nself%n", samples);
		print(self, samples, shown, name -> true);
		System.out.printf("%ntotal%s%n", args.length > 2 ? " (" + args[2] + ")" : "");
		print(total, samples, shown, kept);
	}

	private static void print(Map<String, Integer> counts, int samples, int shown, Predicate<String> kept) {
		counts.entrySet()
			.stream()
			.filter(entry -> kept.test(entry.getKey()))
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(shown)
			.forEach(entry -> System.out.printf("%6.1f%%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
	}

	private static String name(RecordedMethod method) {
		return method.getType().getName() + "." + method.getName();
	}
}
