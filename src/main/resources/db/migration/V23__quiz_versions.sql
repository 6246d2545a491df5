-- Quiz attempts keep the questions they started with. A quiz version (the quiz's id, pass mark and
-- choice shuffling, and the version of each of its questions) and a question version (prompt,
-- choices, correct answers, points, feedback, labels) are each kept once, as JSON, under the
-- SHA-256 of that JSON: thousands of attempts at one version share its rows, and an edit of the
-- quiz file adds a version beside the old ones. The JSON holds correct answers; it is never sent to
-- a client. Written for both H2 and PostgreSQL.
CREATE TABLE quiz_question_version (
    hash        VARCHAR(64)      NOT NULL PRIMARY KEY,
    question_id VARCHAR(200)     NOT NULL,
    definition  VARCHAR(1000000) NOT NULL
);

CREATE TABLE quiz_version (
    hash       VARCHAR(64)      NOT NULL PRIMARY KEY,
    quiz_id    VARCHAR(200)     NOT NULL,
    definition VARCHAR(1000000) NOT NULL
);

-- Attempts made before this migration have no version yet: the portal gives each the version of
-- its quiz as defined when it next starts (EarlierAttempts), before it takes a request.
ALTER TABLE quiz_attempt ADD COLUMN quiz_version VARCHAR(64) REFERENCES quiz_version (hash);

-- The question ids of an attempt, in the order shown, become a JSON array instead of lines of text.
-- Ids come from YAML scalars, which a newline cannot be part of; backslashes, quotes, tabs and
-- carriage returns are escaped as JSON wants them.
ALTER TABLE quiz_attempt ADD COLUMN questions VARCHAR(8000);
UPDATE quiz_attempt SET questions = '["' || REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(question_ids,
    '\', '\\'), '"', '\"'), CHR(9), '\t'), CHR(13), '\r'), CHR(10), '","') || '"]';
ALTER TABLE quiz_attempt ALTER COLUMN questions SET NOT NULL;
ALTER TABLE quiz_attempt DROP COLUMN question_ids;
