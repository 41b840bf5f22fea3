-- The coopstats schema. This folder is the single source of truth: Flyway applies it,
-- jOOQ generates its classes from it at build time (DDLDatabase, see doc/adr/0002).
-- Parser limits: no inline KEY/INDEX, no COMMENT clauses, no triggers; constraints named.
-- Every taxonomy is a table with a stable upper-case code, an English label and a
-- column for each other UN official language, filled in later.

CREATE TABLE region (
  code        VARCHAR(40)  NOT NULL,
  m49         SMALLINT     NOT NULL,
  parent_code VARCHAR(40)  NULL,
  label_en    VARCHAR(200) NOT NULL,
  label_ar    VARCHAR(200) NULL,
  label_zh    VARCHAR(200) NULL,
  label_fr    VARCHAR(200) NULL,
  label_ru    VARCHAR(200) NULL,
  label_es    VARCHAR(200) NULL,
  sort_order  INT          NOT NULL,
  CONSTRAINT pk_region PRIMARY KEY (code),
  CONSTRAINT uq_region_m49 UNIQUE (m49),
  CONSTRAINT uq_region_parent_code UNIQUE (parent_code, code),
  CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code)
);

CREATE TABLE state (
  iso3           CHAR(3)      NOT NULL,
  m49            SMALLINT     NOT NULL,
  name_en        VARCHAR(200) NOT NULL,
  name_ar        VARCHAR(200) NULL,
  name_zh        VARCHAR(200) NULL,
  name_fr        VARCHAR(200) NULL,
  name_ru        VARCHAR(200) NULL,
  name_es        VARCHAR(200) NULL,
  region_code    VARCHAR(40)  NOT NULL,
  subregion_code VARCHAR(40)  NULL,
  kind           VARCHAR(20)  NOT NULL,
  untoc_party    BOOLEAN      NOT NULL,
  CONSTRAINT pk_state PRIMARY KEY (iso3),
  CONSTRAINT uq_state_m49 UNIQUE (m49),
  CONSTRAINT fk_state_region FOREIGN KEY (region_code) REFERENCES region (code),
  CONSTRAINT fk_state_subregion FOREIGN KEY (region_code, subregion_code) REFERENCES region (parent_code, code),
  CONSTRAINT ck_state_kind CHECK (kind IN ('MEMBER_STATE', 'OBSERVER_STATE', 'REIO')),
  CONSTRAINT ck_state_m49 CHECK (m49 BETWEEN 1 AND 999)
);

CREATE TABLE cooperation_type (
  code               VARCHAR(40)  NOT NULL,
  label_en           VARCHAR(200) NOT NULL,
  label_ar           VARCHAR(200) NULL,
  label_zh           VARCHAR(200) NULL,
  label_fr           VARCHAR(200) NULL,
  label_ru           VARCHAR(200) NULL,
  label_es           VARCHAR(200) NULL,
  convention_article VARCHAR(20)  NULL,
  sort_order         INT          NOT NULL,
  CONSTRAINT pk_cooperation_type PRIMARY KEY (code)
);

CREATE TABLE direction (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_direction PRIMARY KEY (code)
);

CREATE TABLE legal_basis_category (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_legal_basis_category PRIMARY KEY (code)
);

CREATE TABLE legal_instrument (
  code          VARCHAR(40)  NOT NULL,
  category_code VARCHAR(40)  NOT NULL,
  label_en      VARCHAR(300) NOT NULL,
  label_ar      VARCHAR(300) NULL,
  label_zh      VARCHAR(300) NULL,
  label_fr      VARCHAR(300) NULL,
  label_ru      VARCHAR(300) NULL,
  label_es      VARCHAR(300) NULL,
  sort_order    INT          NOT NULL,
  CONSTRAINT pk_legal_instrument PRIMARY KEY (code),
  CONSTRAINT uq_legal_instrument_category UNIQUE (category_code, code),
  CONSTRAINT fk_legal_instrument_category FOREIGN KEY (category_code) REFERENCES legal_basis_category (code)
);

CREATE TABLE iccs_section (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_iccs_section PRIMARY KEY (code)
);

CREATE TABLE offence_type (
  code         VARCHAR(40)  NOT NULL,
  iccs_section VARCHAR(40)  NOT NULL,
  iccs_code    VARCHAR(10)  NOT NULL,
  label_en     VARCHAR(200) NOT NULL,
  label_ar     VARCHAR(200) NULL,
  label_zh     VARCHAR(200) NULL,
  label_fr     VARCHAR(200) NULL,
  label_ru     VARCHAR(200) NULL,
  label_es     VARCHAR(200) NULL,
  sort_order   INT          NOT NULL,
  CONSTRAINT pk_offence_type PRIMARY KEY (code),
  CONSTRAINT fk_offence_type_section FOREIGN KEY (iccs_section) REFERENCES iccs_section (code)
);

CREATE TABLE yes_no_unknown (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_yes_no_unknown PRIMARY KEY (code)
);

CREATE TABLE channel (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_channel PRIMARY KEY (code)
);

CREATE TABLE outcome (
  code       VARCHAR(40)  NOT NULL,
  label_en   VARCHAR(200) NOT NULL,
  label_ar   VARCHAR(200) NULL,
  label_zh   VARCHAR(200) NULL,
  label_fr   VARCHAR(200) NULL,
  label_ru   VARCHAR(200) NULL,
  label_es   VARCHAR(200) NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_outcome PRIMARY KEY (code)
);

-- not_permitted_by_convention flags grounds the Convention itself excludes
-- (art. 18(8) bank secrecy, art. 18(22) and 16(15) fiscal matters): analysts report them apart.
CREATE TABLE refusal_ground (
  code                        VARCHAR(40)  NOT NULL,
  label_en                    VARCHAR(200) NOT NULL,
  label_ar                    VARCHAR(200) NULL,
  label_zh                    VARCHAR(200) NULL,
  label_fr                    VARCHAR(200) NULL,
  label_ru                    VARCHAR(200) NULL,
  label_es                    VARCHAR(200) NULL,
  not_permitted_by_convention BOOLEAN      NOT NULL,
  convention_provision        VARCHAR(40)  NULL,
  sort_order                  INT          NOT NULL,
  CONSTRAINT pk_refusal_ground PRIMARY KEY (code)
);

CREATE TABLE reporting_cycle (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  code         VARCHAR(20) NOT NULL,
  period_start DATE        NOT NULL,
  period_end   DATE        NOT NULL,
  opens_on     DATE        NOT NULL,
  deadline     DATE        NOT NULL,
  created_at   DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT pk_reporting_cycle PRIMARY KEY (id),
  CONSTRAINT uq_reporting_cycle_code UNIQUE (code),
  CONSTRAINT ck_reporting_cycle_period CHECK (period_end >= period_start),
  CONSTRAINT ck_reporting_cycle_deadline CHECK (deadline >= opens_on)
);

-- One row per version of one State's return for one cycle: an amendment after
-- submission is a new row with version + 1, so earlier versions stay readable.
-- lock_version is the optimistic-locking counter for concurrent edits. Times are UTC in
-- DATETIME columns (TIMESTAMP stops in 2038 and shifts with the session time zone).
CREATE TABLE state_return (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  cycle_id     BIGINT       NOT NULL,
  state_iso3   CHAR(3)      NOT NULL,
  version      INT          NOT NULL,
  status       VARCHAR(20)  NOT NULL,
  submitted_at DATETIME     NULL,
  late         BOOLEAN      NOT NULL DEFAULT FALSE,
  comment      VARCHAR(2000) NULL,
  lock_version BIGINT       NOT NULL DEFAULT 0,
  created_at   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at   DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT pk_state_return PRIMARY KEY (id),
  CONSTRAINT uq_state_return_version UNIQUE (cycle_id, state_iso3, version),
  CONSTRAINT fk_state_return_cycle FOREIGN KEY (cycle_id) REFERENCES reporting_cycle (id),
  CONSTRAINT fk_state_return_state FOREIGN KEY (state_iso3) REFERENCES state (iso3),
  CONSTRAINT ck_state_return_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
  CONSTRAINT ck_state_return_version CHECK (version >= 1),
  CONSTRAINT ck_state_return_submitted CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL)
);

-- One case line describes case_count cases that share every attribute (doc/adr/0003).
-- counterpart_iso3 NULL means "not stated".
-- Coded attributes are held to their taxonomy by CHECK lists rather than foreign keys
-- (doc/adr/0004): each foreign key costs a secondary index on every line, and with eleven of
-- them a bulk load ran at 44,000 lines per second instead of the 100,000 required.
-- A code added to a taxonomy must be added to its list here in the same migration;
-- CaseLineCodesSpec fails when a taxonomy and its list disagree.
CREATE TABLE case_line (
  id                    BIGINT      NOT NULL AUTO_INCREMENT,
  return_id             BIGINT      NOT NULL,
  cooperation_type      VARCHAR(40) NOT NULL,
  direction             VARCHAR(40) NOT NULL,
  counterpart_iso3      CHAR(3)     NULL,
  legal_basis_category  VARCHAR(40) NOT NULL,
  legal_instrument      VARCHAR(40) NULL,
  offence_type          VARCHAR(40) NOT NULL,
  electronic_evidence   VARCHAR(40) NOT NULL,
  channel               VARCHAR(40) NOT NULL,
  informal_consultation VARCHAR(40) NOT NULL,
  outcome               VARCHAR(40) NOT NULL,
  refusal_ground        VARCHAR(40) NULL,
  case_count            INT         NOT NULL DEFAULT 1,
  requested_on          DATE        NULL,
  completed_on          DATE        NULL,
  CONSTRAINT pk_case_line PRIMARY KEY (id),
  CONSTRAINT fk_case_line_return FOREIGN KEY (return_id) REFERENCES state_return (id) ON DELETE CASCADE,
  CONSTRAINT fk_case_line_counterpart FOREIGN KEY (counterpart_iso3) REFERENCES state (iso3),
  CONSTRAINT ck_case_line_cooperation_type CHECK (cooperation_type IN (
    'EXTRADITION', 'MLA', 'TRANSFER_SENTENCED', 'CONFISCATION', 'DISPOSAL_OF_PROCEEDS', 'JOINT_INVESTIGATION',
    'SPECIAL_INVESTIGATIVE', 'TRANSFER_PROCEEDINGS', 'LAW_ENFORCEMENT', 'DATA_PRESERVATION')),
  CONSTRAINT ck_case_line_direction CHECK (direction IN ('OUTGOING', 'INCOMING')),
  CONSTRAINT ck_case_line_legal_basis CHECK (legal_basis_category IN (
    'UNTOC', 'UNTOC_PROTOCOL', 'OTHER_UN', 'REGIONAL', 'BILATERAL', 'RECIPROCITY', 'DOMESTIC_LAW', 'OTHER')),
  CONSTRAINT ck_case_line_instrument CHECK (legal_instrument IS NULL
    OR (legal_basis_category = 'UNTOC' AND legal_instrument IN (
        'UNTOC_ART_13', 'UNTOC_ART_14', 'UNTOC_ART_16', 'UNTOC_ART_17', 'UNTOC_ART_18', 'UNTOC_ART_18_7', 'UNTOC_ART_19',
        'UNTOC_ART_20', 'UNTOC_ART_21', 'UNTOC_ART_27'))
    OR (legal_basis_category = 'UNTOC_PROTOCOL' AND legal_instrument IN ('TIP_PROTOCOL', 'SOM_PROTOCOL', 'FIREARMS_PROTOCOL'))
    OR (legal_basis_category = 'OTHER_UN' AND legal_instrument IN ('UNCAC', 'DRUGS_1988'))
    OR (legal_basis_category = 'REGIONAL' AND legal_instrument IN (
        'BUDAPEST_CYBERCRIME', 'EUROPEAN_MLA_1959', 'EUROPEAN_EXTRADITION_1957', 'INTER_AMERICAN_MLA_1992',
        'INTER_AMERICAN_EXTRADITION_1981', 'ASEAN_MLAT_2004', 'ECOWAS_MLA_1992', 'SADC_MLA_2002', 'RIYADH_1983',
        'EU_INSTRUMENT', 'REGIONAL_OTHER'))
    OR (legal_basis_category = 'BILATERAL' AND legal_instrument IN ('BILATERAL_TREATY'))),
  CONSTRAINT ck_case_line_offence CHECK (offence_type IN (
    'ORGANIZED_CRIMINAL_GROUP', 'MONEY_LAUNDERING', 'CORRUPTION', 'OBSTRUCTION_OF_JUSTICE', 'DRUG_TRAFFICKING',
    'TRAFFICKING_IN_PERSONS', 'SMUGGLING_OF_MIGRANTS', 'FIREARMS_TRAFFICKING', 'CYBERCRIME', 'WILDLIFE_CRIME',
    'CULTURAL_PROPERTY', 'COUNTERFEITING', 'FALSIFIED_MEDICAL', 'TERRORISM_FINANCING', 'ONLINE_CHILD_SEXUAL_ABUSE',
    'ICCS_01', 'ICCS_02', 'ICCS_03', 'ICCS_04', 'ICCS_05', 'ICCS_06', 'ICCS_07', 'ICCS_08', 'ICCS_09', 'ICCS_10',
    'ICCS_11')),
  CONSTRAINT ck_case_line_electronic_evidence CHECK (electronic_evidence IN ('YES', 'NO', 'UNKNOWN')),
  CONSTRAINT ck_case_line_channel CHECK (channel IN (
    'CENTRAL_AUTHORITY', 'DIPLOMATIC', 'POLICE', 'DIRECT_JUDICIAL', 'LIAISON', 'OTHER')),
  CONSTRAINT ck_case_line_informal_consultation CHECK (informal_consultation IN ('YES', 'NO', 'UNKNOWN')),
  CONSTRAINT ck_case_line_outcome CHECK (outcome IN (
    'EXECUTED', 'PARTLY_EXECUTED', 'REFUSED', 'WITHDRAWN', 'PENDING', 'OTHER')),
  CONSTRAINT ck_case_line_refusal_ground CHECK (refusal_ground IS NULL OR refusal_ground IN (
    'CONVENTION_NOT_ACCEPTED', 'NO_DUAL_CRIMINALITY', 'SOVEREIGNTY_SECURITY', 'DOMESTIC_LAW_PROHIBITS',
    'NOT_IN_CONFORMITY', 'POLITICAL_OFFENCE', 'NATIONALITY', 'PERSECUTION_DEATH_PENALTY', 'BANK_SECRECY',
    'FISCAL_OFFENCE', 'OTHER')),
  CONSTRAINT ck_case_line_count CHECK (case_count BETWEEN 1 AND 100000),
  CONSTRAINT ck_case_line_dates CHECK (completed_on IS NULL OR requested_on IS NULL OR completed_on >= requested_on),
  CONSTRAINT ck_case_line_pending CHECK (outcome <> 'PENDING' OR completed_on IS NULL),
  CONSTRAINT ck_case_line_refusal CHECK ((outcome = 'REFUSED' AND refusal_ground IS NOT NULL) OR (outcome <> 'REFUSED' AND refusal_ground IS NULL))
);

CREATE INDEX ix_state_return_state ON state_return (state_iso3);
