-- Accounts and their sessions. A session row is what makes a signed-in cookie valid: signing
-- out, changing a password or disabling an account revokes rows here, so a copied cookie
-- stops working at once instead of living until its expiry.

CREATE TABLE app_user (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  email                VARCHAR(254) NOT NULL,
  display_name         VARCHAR(200) NOT NULL,
  password_hash        VARCHAR(100) NOT NULL,
  role                 VARCHAR(20)  NOT NULL,
  state_iso3           CHAR(3)      NULL,
  disabled             BOOLEAN      NOT NULL DEFAULT FALSE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at           DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at           DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uq_app_user_email UNIQUE (email),
  CONSTRAINT fk_app_user_state FOREIGN KEY (state_iso3) REFERENCES state (iso3),
  CONSTRAINT ck_app_user_role CHECK (role IN ('ADMIN', 'ANALYST', 'OFFICER')),
  CONSTRAINT ck_app_user_state CHECK ((role = 'OFFICER' AND state_iso3 IS NOT NULL) OR (role <> 'OFFICER' AND state_iso3 IS NULL))
);

CREATE TABLE user_session (
  id         VARCHAR(64) NOT NULL,
  user_id    BIGINT      NOT NULL,
  created_at DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  expires_at DATETIME    NOT NULL,
  revoked_at DATETIME    NULL,
  CONSTRAINT pk_user_session PRIMARY KEY (id),
  CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE INDEX ix_user_session_user ON user_session (user_id);
