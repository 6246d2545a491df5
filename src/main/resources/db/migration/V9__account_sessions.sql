-- Where each account is logged in: one row per login, whichever store keeps the HTTP session itself
-- (the app's memory, or Spring Session's tables with the postgres profile). A session whose row is
-- gone is ended at its next request, on any instance; so ending a session is deleting its row.
-- Written for both H2 and PostgreSQL.
CREATE TABLE account_session (
    -- Random, kept in the HTTP session: not the session's cookie, which never leaves the request.
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    learner_id   VARCHAR(36) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    address      VARCHAR(64),
    device       VARCHAR(80)
);
CREATE INDEX ix_account_session_learner ON account_session (learner_id);
CREATE INDEX ix_account_session_last_seen ON account_session (last_seen_at);
