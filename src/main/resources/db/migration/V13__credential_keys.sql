-- The keys certificates are signed with (RS256), as JWKs with their private part, so that several
-- instances sign with the same key. The newest key not retired signs; retired keys stay, their
-- public halves still published, so that credentials they signed still verify.
-- Written for both H2 and PostgreSQL.
CREATE TABLE credential_key (
    id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    private_jwk VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE
);
