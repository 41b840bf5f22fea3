-- Every change to a return, a line, an account or a cycle leaves a row here: who, when,
-- what, and the record before and after (JSON; password hashes are never included).

CREATE TABLE audit_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  happened_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  actor        VARCHAR(254) NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  entity       VARCHAR(40)  NOT NULL,
  entity_id    VARCHAR(64)  NOT NULL,
  before_value TEXT         NULL,
  after_value  TEXT         NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_entity ON audit_event (entity, entity_id);
