-- Which rule each course's certificate had when the portal last looked back for learners who
-- already met it (a course that starts to award a certificate, or changes its rule). One row per
-- course; the look back runs again only when the rule written here differs from the course's.
-- Written for both H2 and PostgreSQL.
CREATE TABLE certificate_look_back (
    course_slug VARCHAR(200) NOT NULL PRIMARY KEY,
    rule        VARCHAR(1000) NOT NULL,
    looked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
