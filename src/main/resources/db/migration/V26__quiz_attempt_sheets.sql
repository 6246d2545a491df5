-- An attempt's answers and grades move into its own row: one JSON object each, by question id,
-- instead of a row per answered and per graded question in two tables of their own. A submit then
-- writes one row, not forty, and opening an attempt reads one. An answer is the text the portal
-- has always stored for it (a kind letter, a colon, URL-encoded values); a grade is the fraction of
-- the question's points it earned. The grades stay null until the attempt is submitted.
-- Ids come from YAML scalars; backslashes, quotes, tabs and line breaks are escaped as JSON wants
-- them (as in V23). STRING_AGG with ORDER BY reads the same on H2 and PostgreSQL.
ALTER TABLE quiz_attempt ADD COLUMN answers VARCHAR(1000000);
ALTER TABLE quiz_attempt ADD COLUMN grades VARCHAR(1000000);

UPDATE quiz_attempt SET answers = (
    SELECT '{' || STRING_AGG('"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.question_id,
                '\', '\\'), '"', '\"'), CHR(9), '\t'), CHR(13), '\r'), CHR(10), '\n')
            || '":"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(a.response,
                '\', '\\'), '"', '\"'), CHR(9), '\t'), CHR(13), '\r'), CHR(10), '\n') || '"',
            ',' ORDER BY a.question_id) || '}'
    FROM quiz_attempt_answer a WHERE a.attempt_id = quiz_attempt.id);
UPDATE quiz_attempt SET answers = '{}' WHERE answers IS NULL;

UPDATE quiz_attempt SET grades = (
    SELECT '{' || STRING_AGG('"' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(g.question_id,
                '\', '\\'), '"', '\"'), CHR(9), '\t'), CHR(13), '\r'), CHR(10), '\n')
            || '":' || CAST(g.fraction AS VARCHAR(40)),
            ',' ORDER BY g.question_id) || '}'
    FROM quiz_attempt_grade g WHERE g.attempt_id = quiz_attempt.id);
UPDATE quiz_attempt SET grades = '{}' WHERE grades IS NULL AND state = 'SUBMITTED';

-- An attempt written without answers (one just started) has none: an empty object.
ALTER TABLE quiz_attempt ALTER COLUMN answers SET DEFAULT '{}';
ALTER TABLE quiz_attempt ALTER COLUMN answers SET NOT NULL;
DROP TABLE quiz_attempt_grade;
DROP TABLE quiz_attempt_answer;
