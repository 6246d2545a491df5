-- A graded answer's topic tags, one row each, in the order the question lists them. They were one
-- column of question_result, the tags joined by line breaks; the rows written that way are moved.
CREATE TABLE question_result_topic (
    result_id   BIGINT        NOT NULL,
    topic_order INTEGER       NOT NULL,
    topic       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (result_id, topic_order),
    CONSTRAINT fk_question_result_topic FOREIGN KEY (result_id) REFERENCES question_result (id) ON DELETE CASCADE
);

-- Each step takes the tag before the first line break and keeps the rest for the next step.
INSERT INTO question_result_topic (result_id, topic_order, topic)
WITH RECURSIVE tags (result_id, topic_order, topic, rest) AS (
    SELECT id, 0,
           CAST(CASE WHEN POSITION(CHR(10) IN topics) > 0
                THEN SUBSTRING(topics FROM 1 FOR POSITION(CHR(10) IN topics) - 1) ELSE topics END AS VARCHAR(2000)),
           CAST(CASE WHEN POSITION(CHR(10) IN topics) > 0
                THEN SUBSTRING(topics FROM POSITION(CHR(10) IN topics) + 1) END AS VARCHAR(2000))
    FROM question_result
    WHERE topics <> ''
    UNION ALL
    SELECT result_id, topic_order + 1,
           CAST(CASE WHEN POSITION(CHR(10) IN rest) > 0
                THEN SUBSTRING(rest FROM 1 FOR POSITION(CHR(10) IN rest) - 1) ELSE rest END AS VARCHAR(2000)),
           CAST(CASE WHEN POSITION(CHR(10) IN rest) > 0
                THEN SUBSTRING(rest FROM POSITION(CHR(10) IN rest) + 1) END AS VARCHAR(2000))
    FROM tags
    WHERE rest IS NOT NULL
)
SELECT result_id, topic_order, topic FROM tags;

ALTER TABLE question_result DROP COLUMN topics;
