-- An e-mail address on the account, used (for password resets) only once a link sent to it was
-- opened; and Spring Security's one-time tokens for those links, of which only a SHA-256 hash is
-- kept, so a copy of the database opens no account. Written for both H2 and PostgreSQL.
ALTER TABLE account ADD COLUMN email VARCHAR(254);
ALTER TABLE account ADD COLUMN email_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_account_email ON account (email);

CREATE TABLE one_time_token (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    purpose    VARCHAR(20)  NOT NULL,
    username   VARCHAR(40)  NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_one_time_token_username ON one_time_token (username, purpose);
CREATE INDEX ix_one_time_token_expires_at ON one_time_token (expires_at);
