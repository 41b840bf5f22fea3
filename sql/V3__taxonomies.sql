-- Taxonomies of ../shared/DOMAIN.md, with stable codes and English labels.
-- Codes never change once used in a return; labels may be reworded.

INSERT INTO cooperation_type (code, label_en, convention_article, sort_order) VALUES
  ('EXTRADITION',            'Extradition',                                             'art. 16', 10),
  ('MLA',                    'Mutual legal assistance',                                 'art. 18', 20),
  ('TRANSFER_SENTENCED',     'Transfer of sentenced persons',                           'art. 17', 30),
  ('CONFISCATION',           'International cooperation for purposes of confiscation', 'art. 13', 40),
  ('DISPOSAL_OF_PROCEEDS',   'Disposal or return of confiscated proceeds of crime',     'art. 14', 50),
  ('JOINT_INVESTIGATION',    'Joint investigation',                                     'art. 19', 60),
  ('SPECIAL_INVESTIGATIVE',  'Special investigative techniques (e.g. controlled delivery)', 'art. 20', 70),
  ('TRANSFER_PROCEEDINGS',   'Transfer of criminal proceedings',                        'art. 21', 80),
  ('LAW_ENFORCEMENT',        'Law enforcement cooperation',                             'art. 27', 90),
  ('DATA_PRESERVATION',      'Expedited preservation of electronic data',               NULL,      100);

INSERT INTO direction (code, label_en, sort_order) VALUES
  ('OUTGOING', 'Outgoing (our State made the request)', 10),
  ('INCOMING', 'Incoming (our State received the request)', 20);

INSERT INTO legal_basis_category (code, label_en, sort_order) VALUES
  ('UNTOC',             'The Organized Crime Convention',                   10),
  ('UNTOC_PROTOCOL',    'A Protocol to the Organized Crime Convention',      20),
  ('OTHER_UN',          'Another United Nations convention',                 30),
  ('REGIONAL',          'A regional or multilateral treaty',                 40),
  ('BILATERAL',         'A bilateral treaty',                                50),
  ('RECIPROCITY',       'Reciprocity or comity',                             60),
  ('DOMESTIC_LAW',      'Domestic law alone',                                70),
  ('OTHER',             'Other legal basis',                                 80);

INSERT INTO legal_instrument (code, category_code, label_en, sort_order) VALUES
  ('UNTOC_ART_13',          'UNTOC',          'Organized Crime Convention, article 13 (confiscation)',                        10),
  ('UNTOC_ART_14',          'UNTOC',          'Organized Crime Convention, article 14 (disposal of confiscated proceeds)',   15),
  ('UNTOC_ART_16',          'UNTOC',          'Organized Crime Convention, article 16 (extradition)',                         20),
  ('UNTOC_ART_17',          'UNTOC',          'Organized Crime Convention, article 17 (transfer of sentenced persons)',       30),
  ('UNTOC_ART_18',          'UNTOC',          'Organized Crime Convention, article 18 (mutual legal assistance)',             40),
  ('UNTOC_ART_18_7',        'UNTOC',          'Organized Crime Convention, article 18, paragraph 7 (paragraphs 9 to 29 as a "mini treaty")',  50),
  ('UNTOC_ART_19',          'UNTOC',          'Organized Crime Convention, article 19 (joint investigations)',                60),
  ('UNTOC_ART_20',          'UNTOC',          'Organized Crime Convention, article 20 (special investigative techniques)',    70),
  ('UNTOC_ART_21',          'UNTOC',          'Organized Crime Convention, article 21 (transfer of criminal proceedings)',    80),
  ('UNTOC_ART_27',          'UNTOC',          'Organized Crime Convention, article 27 (law enforcement cooperation)',         90),
  ('TIP_PROTOCOL',          'UNTOC_PROTOCOL', 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children', 110),
  ('SOM_PROTOCOL',          'UNTOC_PROTOCOL', 'Protocol against the Smuggling of Migrants by Land, Sea and Air',              120),
  ('FIREARMS_PROTOCOL',     'UNTOC_PROTOCOL', 'Protocol against the Illicit Manufacturing of and Trafficking in Firearms',     130),
  ('UNCAC',                 'OTHER_UN',       'United Nations Convention against Corruption (2003)',                          210),
  ('DRUGS_1988',            'OTHER_UN',       'United Nations Convention against Illicit Traffic in Narcotic Drugs and Psychotropic Substances (1988)', 220),
  ('BUDAPEST_CYBERCRIME',   'REGIONAL',       'Council of Europe Convention on Cybercrime (Budapest, 2001)',                  310),
  ('EUROPEAN_MLA_1959',     'REGIONAL',       'European Convention on Mutual Assistance in Criminal Matters (1959)',          320),
  ('EUROPEAN_EXTRADITION_1957', 'REGIONAL',   'European Convention on Extradition (1957)',                                    330),
  ('INTER_AMERICAN_MLA_1992', 'REGIONAL',     'Inter-American Convention on Mutual Assistance in Criminal Matters (1992)',    340),
  ('INTER_AMERICAN_EXTRADITION_1981', 'REGIONAL', 'Inter-American Convention on Extradition (1981)',                          350),
  ('ASEAN_MLAT_2004',       'REGIONAL',       'ASEAN Treaty on Mutual Legal Assistance in Criminal Matters (2004)',           360),
  ('ECOWAS_MLA_1992',       'REGIONAL',       'ECOWAS Convention on Mutual Assistance in Criminal Matters (1992)',            370),
  ('SADC_MLA_2002',         'REGIONAL',       'SADC Protocol on Mutual Legal Assistance in Criminal Matters (2002)',          380),
  ('RIYADH_1983',           'REGIONAL',       'Riyadh Arab Agreement for Judicial Cooperation (1983)',                        390),
  ('EU_INSTRUMENT',         'REGIONAL',       'European Union instrument (European Arrest Warrant, European Investigation Order)', 400),
  ('REGIONAL_OTHER',        'REGIONAL',       'Another regional or multilateral treaty',                                      490),
  ('BILATERAL_TREATY',      'BILATERAL',      'Bilateral treaty with the counterpart State',                                  510);

INSERT INTO iccs_section (code, label_en, sort_order) VALUES
  ('ICCS_01', 'Acts leading to death or intending to cause death',                  10),
  ('ICCS_02', 'Acts causing harm or intending to cause harm to the person',         20),
  ('ICCS_03', 'Injurious acts of a sexual nature',                                  30),
  ('ICCS_04', 'Acts against property involving violence or threat against a person', 40),
  ('ICCS_05', 'Acts against property only',                                         50),
  ('ICCS_06', 'Acts involving controlled drugs or other psychoactive substances',   60),
  ('ICCS_07', 'Acts involving fraud, deception or corruption',                      70),
  ('ICCS_08', 'Acts against public order, authority and provisions of the State',   80),
  ('ICCS_09', 'Acts against public safety and state security',                      90),
  ('ICCS_10', 'Acts against the natural environment',                               100),
  ('ICCS_11', 'Other criminal acts not elsewhere classified',                       110);

-- The forms of crime the Working Group names come first; then one "other" entry per
-- ICCS section so every offence has a code. iccs_code is the most specific ICCS (v1.0)
-- code that covers the form, as far as it could be checked from quotations of the ICCS
-- manual here (0905, 09012, 09062 and 07041 were; the others should be checked by the
-- Secretariat against the manual before the first publication).
INSERT INTO offence_type (code, iccs_section, iccs_code, label_en, sort_order) VALUES
  ('ORGANIZED_CRIMINAL_GROUP', 'ICCS_09', '0905',  'Participation in an organized criminal group',        10),
  ('MONEY_LAUNDERING',         'ICCS_07', '07041', 'Money-laundering',                                    20),
  ('CORRUPTION',               'ICCS_07', '0703',  'Corruption',                                          30),
  ('OBSTRUCTION_OF_JUSTICE',   'ICCS_08', '0807',  'Obstruction of justice',                              40),
  ('DRUG_TRAFFICKING',         'ICCS_06', '06012', 'Drug trafficking',                                    50),
  ('TRAFFICKING_IN_PERSONS',   'ICCS_02', '0204',  'Trafficking in persons',                              60),
  ('SMUGGLING_OF_MIGRANTS',    'ICCS_08', '08051', 'Smuggling of migrants',                               70),
  ('FIREARMS_TRAFFICKING',     'ICCS_09', '09012', 'Trafficking in firearms',                             80),
  ('CYBERCRIME',               'ICCS_09', '0903',  'Cybercrime (acts against computer systems)',          90),
  ('WILDLIFE_CRIME',           'ICCS_10', '10031', 'Wildlife crime (trade in protected species)',         100),
  ('CULTURAL_PROPERTY',        'ICCS_07', '07042', 'Trafficking in cultural property',                    110),
  ('COUNTERFEITING',           'ICCS_07', '0702',  'Counterfeiting',                                      120),
  ('FALSIFIED_MEDICAL',        'ICCS_07', '07022', 'Falsified medical products',                          130),
  ('TERRORISM_FINANCING',      'ICCS_09', '09062', 'Financing of terrorism',                              140),
  ('ONLINE_CHILD_SEXUAL_ABUSE','ICCS_03', '03022', 'Online child sexual abuse and exploitation',          150),
  ('ICCS_01',                  'ICCS_01', '01',    'Other acts leading to death or intending to cause death',                   210),
  ('ICCS_02',                  'ICCS_02', '02',    'Other acts causing harm or intending to cause harm to the person',          220),
  ('ICCS_03',                  'ICCS_03', '03',    'Other injurious acts of a sexual nature',                                    230),
  ('ICCS_04',                  'ICCS_04', '04',    'Other acts against property involving violence or threat against a person', 240),
  ('ICCS_05',                  'ICCS_05', '05',    'Other acts against property only',                                           250),
  ('ICCS_06',                  'ICCS_06', '06',    'Other acts involving controlled drugs or other psychoactive substances',     260),
  ('ICCS_07',                  'ICCS_07', '07',    'Other acts involving fraud, deception or corruption',                        270),
  ('ICCS_08',                  'ICCS_08', '08',    'Other acts against public order, authority and provisions of the State',     280),
  ('ICCS_09',                  'ICCS_09', '09',    'Other acts against public safety and state security',                        290),
  ('ICCS_10',                  'ICCS_10', '10',    'Other acts against the natural environment',                                 300),
  ('ICCS_11',                  'ICCS_11', '11',    'Other criminal acts not elsewhere classified',                               310);

INSERT INTO yes_no_unknown (code, label_en, sort_order) VALUES
  ('YES',     'Yes',     10),
  ('NO',      'No',      20),
  ('UNKNOWN', 'Unknown', 30);

INSERT INTO channel (code, label_en, sort_order) VALUES
  ('CENTRAL_AUTHORITY', 'Central authority',                      10),
  ('DIPLOMATIC',        'Diplomatic channel',                     20),
  ('POLICE',            'INTERPOL or another police channel',     30),
  ('DIRECT_JUDICIAL',   'Direct contact between judicial authorities', 40),
  ('LIAISON',           'Liaison officer or liaison magistrate',  50),
  ('OTHER',             'Other channel',                          60);

INSERT INTO outcome (code, label_en, sort_order) VALUES
  ('EXECUTED',        'Executed',          10),
  ('PARTLY_EXECUTED', 'Partly executed',   20),
  ('REFUSED',         'Refused',           30),
  ('WITHDRAWN',       'Withdrawn',         40),
  ('PENDING',         'Pending',           50),
  ('OTHER',           'Other outcome',     60);

INSERT INTO refusal_ground (code, label_en, not_permitted_by_convention, convention_provision, sort_order) VALUES
  ('CONVENTION_NOT_ACCEPTED', 'The Convention is not accepted as a legal basis',        FALSE, NULL,                  10),
  ('NO_DUAL_CRIMINALITY',     'Absence of dual criminality',                            FALSE, NULL,                  20),
  ('SOVEREIGNTY_SECURITY',    'Sovereignty, security or ordre public',                  FALSE, NULL,                  30),
  ('DOMESTIC_LAW_PROHIBITS',  'Domestic law prohibits the measure',                     FALSE, NULL,                  40),
  ('NOT_IN_CONFORMITY',       'Request not in conformity with requirements',            FALSE, NULL,                  50),
  ('POLITICAL_OFFENCE',       'Political offence',                                      FALSE, NULL,                  60),
  ('NATIONALITY',             'Nationality of the person sought',                       FALSE, NULL,                  70),
  ('PERSECUTION_DEATH_PENALTY', 'Risk of persecution or of the death penalty',          FALSE, NULL,                  80),
  ('BANK_SECRECY',            'Bank secrecy',                                           TRUE,  'art. 18(8)',          90),
  ('FISCAL_OFFENCE',          'The offence involves fiscal matters',                    TRUE,  'art. 18(22), 16(15)', 100),
  ('OTHER',                   'Other ground',                                           FALSE, NULL,                  110);
