-- Passkeys (WebAuthn), in the tables and columns Spring Security's JDBC repositories read and write
-- (JdbcPublicKeyCredentialUserEntityRepository, JdbcUserCredentialRepository). A user entity is an
-- account as passkeys know it: its id, the user handle authenticators keep, is the account's learner
-- id; name is the username. Each credential is one passkey: its public key, never a secret, the
-- signature counter and the name its owner gave it. Deleting the entity deletes its passkeys.
-- Ids are base64url text. Written for both H2 and PostgreSQL: BYTEA is a name both accept for a
-- variable-length binary string.
CREATE TABLE user_entities (
    id           VARCHAR(1000) NOT NULL PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200),
    CONSTRAINT uq_user_entities_name UNIQUE (name)
);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) NOT NULL PRIMARY KEY,
    user_entity_user_id          VARCHAR(1000) NOT NULL,
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_user_credentials_entity FOREIGN KEY (user_entity_user_id) REFERENCES user_entities (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_credentials_entity ON user_credentials (user_entity_user_id);
