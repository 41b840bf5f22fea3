-- Publication (issue 5). Each version of a return carries the State's consent to publication:
-- NAMED lets its figures be shown under the State's name; TOTALS_ONLY (the default) lets them
-- count only inside regional and global totals.
--
-- An edition is one publication of a cycle. It pins the return versions it counted, with the
-- consent each carried then; versions are never changed once accepted (an amendment is a new
-- version), so the edition's figures stay what they were when it was published. The disclosure
-- threshold and the number of States parties are frozen with it for the same reason.
--
-- The change note is computed when the edition is published, against the cycle's previous
-- edition, and kept as numbers so each page can say it in its own language: returns added (a
-- State counted now and not before), amended (a State whose counted version changed), withdrawn
-- (counted before, not now: the workflow never takes an acceptance back, so only a correction
-- made in the database can cause it), and the cases counted before and after. cases_before is
-- NULL for a cycle's first edition. change_note is the analyst's own words, shown as written.

ALTER TABLE state_return ADD COLUMN publication_consent VARCHAR(20) NOT NULL DEFAULT 'TOTALS_ONLY';
ALTER TABLE state_return ADD CONSTRAINT ck_state_return_consent CHECK (publication_consent IN ('TOTALS_ONLY', 'NAMED'));

CREATE TABLE edition (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  cycle_id              BIGINT        NOT NULL,
  number                INT           NOT NULL,
  published_at          DATETIME      NOT NULL,
  published_by          BIGINT        NULL,
  states_parties        INT           NOT NULL,
  suppression_threshold INT           NOT NULL,
  change_note           VARCHAR(1000) NULL,
  returns_added         INT           NOT NULL DEFAULT 0,
  returns_amended       INT           NOT NULL DEFAULT 0,
  returns_withdrawn     INT           NOT NULL DEFAULT 0,
  cases_before          BIGINT        NULL,
  cases_after           BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_edition PRIMARY KEY (id),
  CONSTRAINT uq_edition_number UNIQUE (cycle_id, number),
  CONSTRAINT fk_edition_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id),
  CONSTRAINT fk_edition_user FOREIGN KEY (published_by) REFERENCES app_user (id),
  CONSTRAINT ck_edition_number CHECK (number >= 1),
  CONSTRAINT ck_edition_threshold CHECK (suppression_threshold >= 1),
  CONSTRAINT ck_edition_changes CHECK (returns_added >= 0 AND returns_amended >= 0 AND returns_withdrawn >= 0
    AND cases_after >= 0 AND (cases_before IS NULL OR cases_before >= 0))
);

CREATE TABLE edition_return (
  edition_id BIGINT  NOT NULL,
  return_id  BIGINT  NOT NULL,
  state_iso3 CHAR(3) NOT NULL,
  named      BOOLEAN NOT NULL,
  CONSTRAINT pk_edition_return PRIMARY KEY (edition_id, return_id),
  CONSTRAINT uq_edition_return_state UNIQUE (edition_id, state_iso3),
  CONSTRAINT fk_edition_return_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
  CONSTRAINT fk_edition_return_return FOREIGN KEY (return_id) REFERENCES state_return (id),
  CONSTRAINT fk_edition_return_state FOREIGN KEY (state_iso3) REFERENCES state (iso3)
);
