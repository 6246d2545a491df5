-- Cohort reports read a whole course's progress at once, grouped by learner: these indexes let
-- them find a course's rows without scanning every course's. Written for both H2 and PostgreSQL.
CREATE INDEX ix_lesson_completion_course ON lesson_completion (course_slug, learner);
CREATE INDEX ix_lesson_visit_course ON lesson_visit (course_slug);
