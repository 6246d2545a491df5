-- Each learner's standing in each course they have started, kept up to date by the progress module
-- in the same transaction as the completion, visit or score that changes it. The cohort report
-- reads a sorted page of these rows instead of adding up every learner's progress on each view.
-- Written for both H2 and PostgreSQL.
CREATE TABLE course_standing (
    learner           VARCHAR(36)  NOT NULL,
    course_slug       VARCHAR(200) NOT NULL,
    lessons_completed INTEGER      NOT NULL,
    quizzes_passed    INTEGER      NOT NULL,
    -- lessons_completed + quizzes_passed, so the report can sort by progress from an index.
    steps_done        INTEGER      NOT NULL,
    last_active       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INTEGER      NOT NULL,
    PRIMARY KEY (learner, course_slug)
);
CREATE INDEX ix_course_standing_active ON course_standing (course_slug, last_active, learner);
CREATE INDEX ix_course_standing_steps ON course_standing (course_slug, steps_done, last_active, learner);
CREATE INDEX ix_course_standing_passed ON course_standing (course_slug, quizzes_passed, last_active, learner);

-- Which lessons and quizzes counted when a course's standings were last worked out, as a digest.
-- A course whose steps differ from it at start-up has its standings worked out again, as does
-- every course the first time (standings are then made from the progress already kept).
CREATE TABLE course_standing_basis (
    course_slug VARCHAR(200) NOT NULL PRIMARY KEY,
    steps_digest VARCHAR(64) NOT NULL
);
