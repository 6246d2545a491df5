-- Courses from a git repository: the commit every instance of the portal should serve, per
-- repository and branch. The instance that fetches a new commit (on its poll, or on an admin's or a
-- CI webhook's reload, which a load balancer sends to one instance only) records it here; every
-- instance looks here on its check interval and checks the commit out. Written for both H2 and
-- PostgreSQL.
CREATE TABLE content_git_commit (
    source      VARCHAR(1000) NOT NULL PRIMARY KEY,
    commit_id   VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
