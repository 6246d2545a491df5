-- Where each lesson of a course was last seen: its identity (the front matter's id, else its slug)
-- and its source file. Progress rows are keyed by the source file; when a lesson is found under a
-- new file, its learners' rows move there, and this row with them. Rows of lessons that are gone
-- stay, as do their learners' rows (not counted while the lesson is away), so that a lesson put back
-- finds its progress again. Written for both H2 and PostgreSQL.
CREATE TABLE lesson_identity (
    course_slug   VARCHAR(200) NOT NULL,
    lesson_id     VARCHAR(200) NOT NULL,
    lesson_source VARCHAR(500) NOT NULL,
    PRIMARY KEY (course_slug, lesson_id)
);
