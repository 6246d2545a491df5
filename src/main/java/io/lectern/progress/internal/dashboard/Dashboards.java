package io.lectern.progress.internal.dashboard;

import io.lectern.accounts.LearnerId;
import io.lectern.authoring.QuizId;
import io.lectern.content.Course;
import io.lectern.content.Lesson;
import io.lectern.i18n.LocalFormats;
import io.lectern.progress.internal.CourseQuizzes;
import io.lectern.progress.internal.chart.ChartWords;
import io.lectern.progress.internal.chart.ScoreChart;
import io.lectern.progress.internal.chart.ScorePoint;
import io.lectern.progress.internal.completion.CompletionRepository;
import io.lectern.progress.internal.completion.CourseCompletion;
import io.lectern.progress.internal.completion.CourseCompletionRepository;
import io.lectern.progress.internal.completion.LessonCompletion;
import io.lectern.progress.internal.mastery.GradedAnswer;
import io.lectern.progress.internal.mastery.GradedAnswers;
import io.lectern.progress.internal.mastery.Mastery;
import io.lectern.progress.internal.review.Reviews;
import io.lectern.progress.internal.scores.QuizScore;
import io.lectern.progress.internal.scores.ScoreRepository;
import io.lectern.progress.internal.steps.StepsDone;
import io.lectern.progress.internal.steps.StepsView;
import io.lectern.progress.internal.visits.LessonVisits;
import io.lectern.quiz.Quiz;
import io.lectern.quiz.Quizzes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a learner's dashboard and course progress from their rows: one query per table, whatever
 * the number of courses, lessons, attempts or topics.
 */
@Service
public class Dashboards {

	private static final int ACTIVITY_SHOWN = 8;

	static final int CHARTED = 40;

	private final CourseQuizzes courses;
	private final Quizzes quizzes;
	private final CompletionRepository completions;
	private final LessonVisits visits;
	private final CourseCompletionRepository courseCompletions;
	private final ScoreRepository scores;
	private final GradedAnswers results;
	private final Reviews queue;
	private final Clock clock;
	private final ChartWords words;

	Dashboards(CourseQuizzes courses, Quizzes quizzes, CompletionRepository completions, LessonVisits visits,
			CourseCompletionRepository courseCompletions, ScoreRepository scores, GradedAnswers results,
			Reviews queue, Clock clock, MessageSource messages, LocalFormats formats) {
		this.courses = courses;
		this.quizzes = quizzes;
		this.completions = completions;
		this.visits = visits;
		this.courseCompletions = courseCompletions;
		this.scores = scores;
		this.results = results;
		this.queue = queue;
		this.clock = clock;
		this.words = new ChartWords(messages, formats);
	}

	@Transactional(readOnly = true)
	public Dashboard of(LearnerId learner) {
		List<LessonCompletion> completed = completions.findByLearner(learner);
		List<QuizScore> graded = scores.findByLearnerOrderByGradedAt(learner);
		List<CourseCompletion> coursesDone = courseCompletions.findByLearner(learner);
		List<CourseProgress> progress = progress(learner, completed, graded, coursesDone);
		List<Dashboard.Score> scoreRows = graded.stream().map(this::score).toList();
		// The chart and its table show the latest attempts; beyond that many, dots only blur together.
		List<Dashboard.Score> charted = scoreRows.subList(Math.max(0, scoreRows.size() - CHARTED), scoreRows.size());
		ScoreChart chart = ScoreChart.of(charted.stream()
			.map(score -> new ScorePoint(score.quizTitle(), score.gradedAt(), score.percent(), score.passed()))
			.toList(), words);
		return new Dashboard(progress, activity(completed, scoreRows, coursesDone), charted, scoreRows.size(), chart,
				mastery(learner),
				queue.due(learner, clock.instant()).size());
	}

	/** The learner's progress in each course, in catalog order. */
	@Transactional(readOnly = true)
	public List<CourseProgress> courses(LearnerId learner) {
		return progress(learner, completions.findByLearner(learner), scores.findByLearnerOrderByGradedAt(learner),
				courseCompletions.findByLearner(learner));
	}

	/** What the learner has done of every course's steps, for {@link StepsView}: two queries. */
	@Transactional(readOnly = true)
	public StepsDone steps(LearnerId learner) {
		Map<String, Map<String, Instant>> lessons = new HashMap<>();
		for (LessonCompletion completion : completions.findByLearner(learner)) {
			lessons.computeIfAbsent(completion.courseSlug(), course -> new HashMap<>())
				.put(completion.lessonSource(), completion.completedAt());
		}
		return new StepsDone(lessons, Set.copyOf(scores.quizzesPassedBy(learner)));
	}

	private List<CourseProgress> progress(LearnerId learner, List<LessonCompletion> completed, List<QuizScore> graded,
			List<CourseCompletion> coursesDone) {
		Set<String> passed = graded.stream().filter(QuizScore::passed).map(QuizScore::quizId).collect(Collectors.toSet());
		Map<String, Lesson> resume = visits.readLast(learner)
			.values()
			.stream()
			.flatMap(source -> courses.lesson(source).stream())
			.collect(Collectors.toMap(lesson -> lesson.courseSlug().value(), Function.identity(), (first, second) -> first));
		List<CourseProgress> all = new ArrayList<>();
		for (Course course : courses.courses()) {
			Map<String, Instant> lessons = completed.stream()
				.filter(completion -> completion.courseSlug().equals(course.slug().value()))
				.collect(Collectors.toMap(LessonCompletion::lessonSource, LessonCompletion::completedAt));
			Optional<CourseCompletion> done = coursesDone.stream()
				.filter(completion -> completion.courseSlug().equals(course.slug().value()))
				.findFirst();
			all.add(CourseProgress.of(course, courses.of(course), lessons, passed, done.map(CourseCompletion::completedAt),
					Optional.ofNullable(resume.get(course.slug().value()))));
		}
		return all;
	}

	private Dashboard.Score score(QuizScore score) {
		String title = quizzes.quiz(QuizId.of(score.quizId())).map(Quiz::title).orElse(score.quizId());
		return new Dashboard.Score(title, Quiz.url(QuizId.of(score.quizId())), score.number(), score.percent(), score.passed(),
				score.gradedAt());
	}

	private List<Dashboard.Activity> activity(List<LessonCompletion> completed, List<Dashboard.Score> graded,
			List<CourseCompletion> coursesDone) {
		List<Dashboard.Activity> all = new ArrayList<>();
		for (LessonCompletion completion : completed) {
			courses.lesson(completion.lessonSource())
				.ifPresent(lesson -> all.add(new Dashboard.Activity(completion.completedAt(),
						completion.completedBy() == LessonCompletion.By.QUIZ ? "progress.activity.completedByQuiz"
								: "progress.activity.completed", 0, lesson.title(), lesson.url())));
		}
		for (Dashboard.Score score : graded) {
			all.add(new Dashboard.Activity(score.gradedAt(),
					score.passed() ? "progress.activity.scoredPassed" : "progress.activity.scoredNotYet",
					Math.round(score.percent()), score.quizTitle(), score.url()));
		}
		for (CourseCompletion done : coursesDone) {
			courses.course(done.courseSlug())
				.ifPresent(course -> all.add(new Dashboard.Activity(done.completedAt(), "progress.activity.finishedCourse", 0, course.title(),
						course.url())));
		}
		all.sort(Comparator.comparing(Dashboard.Activity::at).reversed());
		return all.subList(0, Math.min(ACTIVITY_SHOWN, all.size()));
	}

	private List<Dashboard.Topic> mastery(LearnerId learner) {
		Map<String, List<GradedAnswer>> byTopic = new TreeMap<>();
		for (GradedAnswers.Answered result : results.of(learner)) {
			for (String topic : result.topics()) {
				byTopic.computeIfAbsent(topic, any -> new ArrayList<>())
					.add(new GradedAnswer(result.quizId() + "/" + result.questionId(), result.fraction(),
							result.answeredAt()));
			}
		}
		return byTopic.entrySet()
			.stream()
			.map(topic -> new Dashboard.Topic(topic.getKey(), Mastery.of(topic.getValue())))
			.toList();
	}
}
