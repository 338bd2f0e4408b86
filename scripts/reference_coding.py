"""The reference coding of the reference corpus: two coders, by careful reading.

coder-a coded the education-relevant provisions of the corpus to the four codebook areas (with an
indicator id that groups provisions for the drafting stage, and a memo). coder-b independently
re-read a subset of 30 of the same provisions and coded them without looking at coder-a's areas;
their disagreements are real and kept. Quotes are copied from the documents (doc id + quote is the
anchor; passage and statement ids are found by the library).

Regenerate the files with `python scripts/make_reference_annotations.py` after `corpus-tool ingest`.

Indicator ids (free ids in `body.indicator`, grouped by area):
  access:        acc-right-irrespective-status, acc-free-compulsory-primary, acc-secondary-vocational,
                 acc-higher-education, acc-early-childhood, acc-admission-registration,
                 acc-recognition-prior-learning, acc-financial-support, acc-non-discrimination,
                 acc-guidance-information
  outcomes:      out-host-language-support, out-targeted-measures, out-attendance-dropout,
                 out-desegregation, out-monitoring-data, out-individual-support,
                 out-teacher-training-needs, out-equal-quality
  diversity:     div-mother-tongue-teaching, div-minority-language-instruction,
                 div-own-culture-identity, div-own-institutions
  intercultural: ic-aims-tolerance-understanding, ic-curriculum-textbooks,
                 ic-teacher-training-intercultural, ic-combat-prejudice-racism,
                 ic-human-rights-education, ic-school-environment, ic-diverse-teacher-workforce,
                 ic-public-information
"""
from __future__ import annotations

# (doc id, quote, area, indicator, memo)
CODER_A: list[tuple[str, str, str, str, str]] = [
    # --- UN Convention on the Rights of the Child, Arts 2, 28-30 ------------------------------
    ("un-crc-1989", "States Parties shall respect and ensure the rights set forth in the present "
     "Convention to each child within their jurisdiction without discrimination of any kind",
     "access", "acc-non-discrimination",
     "General non-discrimination clause: every child within the jurisdiction, whatever the "
     "parents' status or national origin; the basis for migrant children's access."),
    ("un-crc-1989", "States Parties recognize the right of the child to education, and with a view "
     "to achieving this right progressively and on the basis of equal opportunity",
     "access", "acc-right-irrespective-status", "Core right to education on equal opportunity."),
    ("un-crc-1989", "Make primary education compulsory and available free to all;",
     "access", "acc-free-compulsory-primary", "Free compulsory primary education for all."),
    ("un-crc-1989", "Encourage the development of different forms of secondary education, including "
     "general and vocational education, make them available and accessible to every child",
     "access", "acc-secondary-vocational", "Secondary/vocational education accessible to every child."),
    ("un-crc-1989", "take appropriate measures such as the introduction of free education and "
     "offering financial assistance in case of need;",
     "access", "acc-financial-support", "Financial assistance in case of need."),
    ("un-crc-1989", "Make higher education accessible to all on the basis of capacity by every "
     "appropriate means;", "access", "acc-higher-education", "Higher education on capacity."),
    ("un-crc-1989", "Make educational and vocational information and guidance available and "
     "accessible to all children;", "access", "acc-guidance-information",
     "Information and guidance for all children (MIPEX: advice and guidance on the system)."),
    ("un-crc-1989", "Take measures to encourage regular attendance at schools and the reduction of "
     "drop-out rates.", "outcomes", "out-attendance-dropout",
     "Attendance and drop-out: outcome-oriented measures."),
    ("un-crc-1989", "The development of respect for human rights and fundamental freedoms",
     "intercultural", "ic-human-rights-education", "Aim of education: human rights."),
    ("un-crc-1989", "The development of respect for the child's parents, his or her own cultural "
     "identity, language and values, for the national values of the country in which the child is "
     "living, the country from which he or she may originate, and for civilizations different from "
     "his or her own;", "diversity", "div-own-culture-identity",
     "Own cultural identity and language and the country of origin; also respect for other "
     "civilisations (intercultural), but the child's own identity is the focus."),
    ("un-crc-1989", "The preparation of the child for responsible life in a free society, in the "
     "spirit of understanding, peace, tolerance, equality of sexes, and friendship among all "
     "peoples, ethnic, national and religious groups and persons of indigenous origin;",
     "intercultural", "ic-aims-tolerance-understanding", "Aim of education for all pupils."),
    ("un-crc-1989", "a child belonging to such a minority or who is indigenous shall not be denied "
     "the right, in community with other members of his or her group, to enjoy his or her own "
     "culture, to profess and practise his or her own religion, or to use his or her own language.",
     "diversity", "div-own-culture-identity", "Minority/indigenous child's own culture and language."),
    # --- ICESCR Arts 13-14 --------------------------------------------------------------------
    ("un-icescr-1966", "The States Parties to the present Covenant recognize the right of everyone "
     "to education.", "access", "acc-right-irrespective-status", "Everyone: not only nationals."),
    ("un-icescr-1966", "They further agree that education shall enable all persons to participate "
     "effectively in a free society, promote understanding, tolerance and friendship among all "
     "nations and all racial, ethnic or religious groups",
     "intercultural", "ic-aims-tolerance-understanding", "Aims of education (art. 13(1))."),
    ("un-icescr-1966", "Primary education shall be compulsory and available free to all;",
     "access", "acc-free-compulsory-primary", ""),
    ("un-icescr-1966", "Secondary education in its different forms, including technical and "
     "vocational secondary education, shall be made generally available and accessible to all by "
     "every appropriate means", "access", "acc-secondary-vocational", ""),
    ("un-icescr-1966", "Higher education shall be made equally acessible to all, on the basis of "
     "capacity", "access", "acc-higher-education", "(sic: 'acessible' in the source text)"),
    ("un-icescr-1966", "Fundamental education shall be encouraged or intensified as far as possible "
     "for those persons who have not received or completed the whole period of their primary "
     "education;", "outcomes", "out-targeted-measures",
     "Second-chance/compensatory education: targets those who missed schooling (e.g. late arrivals)."),
    ("un-icescr-1966", "to work out and adopt a detailed plan of action for the progressive "
     "implementation, within a reasonable number of years, to be fixed in the plan, of the "
     "principle of compulsory education free of charge for all.",
     "access", "acc-free-compulsory-primary", "Plan of action for free compulsory education."),
    # --- UNESCO CADE Arts 1-5 -----------------------------------------------------------------
    ("unesco-cade-1960", "Of depriving any person or group of persons of access to education of any "
     "type or at any level;", "access", "acc-non-discrimination", "Definition of discrimination."),
    ("unesco-cade-1960", "Of limiting any person or group of persons to education of an inferior "
     "standard;", "outcomes", "out-equal-quality",
     "Equal standard/quality, not only entry: equality of outcomes."),
    ("unesco-cade-1960", "of establishing or maintaining separate educational systems or "
     "institutions for persons or groups of persons", "outcomes", "out-desegregation",
     "Separate systems as discrimination (segregation)."),
    ("unesco-cade-1960", "To ensure, by legislation where necessary, that there is no "
     "discrimination in the admission of pupils to educational institutions;",
     "access", "acc-admission-registration", "Admission without discrimination."),
    ("unesco-cade-1960", "Not to allow any differences of treatment by the public authorities "
     "between nationals, except on the basis of merit or need, in the matter of school fees and the "
     "grant of scholarships or other forms of assistance to pupils",
     "access", "acc-financial-support", "Fees and scholarships."),
    ("unesco-cade-1960", "To give foreign nationals resident within their territory the same access "
     "to education as that given to their own nationals.",
     "access", "acc-right-irrespective-status", "Explicit equal access for foreign nationals."),
    ("unesco-cade-1960", "To ensure that the standards of education are equivalent in all public "
     "educational institutions of the same level", "outcomes", "out-equal-quality",
     "Equivalent standards across schools."),
    ("unesco-cade-1960", "To encourage and intensify by appropriate methods the education of "
     "persons who have not received any primary education or who have not completed the entire "
     "primary education course", "outcomes", "out-targeted-measures", "Second-chance education."),
    ("unesco-cade-1960", "To provide training for the teaching profession without discrimination.",
     "intercultural", "ic-diverse-teacher-workforce",
     "Access to the teaching profession without discrimination (MIPEX: bringing migrants into "
     "the teacher workforce)."),
    ("unesco-cade-1960", "Education shall be directed to the full development of the human "
     "personality and to the strengthening of respect for human rights and fundamental freedoms; "
     "it shall promote understanding, tolerance and friendship among all nations, racial or "
     "religious groups", "intercultural", "ic-aims-tolerance-understanding", ""),
    ("unesco-cade-1960", "It is essential to recognize the right of members of national minorities "
     "to carry on their own educational activities, including the maintenance of schools and, "
     "depending on the educational policy of each State, the use or the teaching of their own "
     "language", "diversity", "div-own-institutions", "Own schools and own language of minorities."),
    ("unesco-cade-1960", "That this right is not exercised in a manner which prevents the members of "
     "these minorities from understanding the culture and language of the community as a whole and "
     "from participating in its activities", "outcomes", "out-host-language-support",
     "Limit on minority schooling: pupils must still learn the language and culture of the "
     "community as a whole (integration)."),
    # --- ICERD Arts 5, 7 ------------------------------------------------------------------------
    ("un-icerd-1965", "The right to education and training;", "access", "acc-non-discrimination",
     "Art. 5(e)(v): equality without distinction as to race, colour, national or ethnic origin."),
    ("un-icerd-1965", "States Parties undertake to adopt immediate and effective measures, "
     "particularly in the fields of teaching, education, culture and information, with a view to "
     "combating prejudices which lead to racial discrimination", "intercultural",
     "ic-combat-prejudice-racism", "Teaching against prejudice and racism."),
    # --- CEDAW Art 10 ---------------------------------------------------------------------------
    ("un-cedaw-1979", "The same conditions for career and vocational guidance, for access to studies "
     "and for the achievement of diplomas in educational establishments of all categories",
     "access", "acc-non-discrimination", "Equal access (sex as ground)."),
    ("un-cedaw-1979", "by the revision of textbooks and school programmes and the adaptation of "
     "teaching methods;", "intercultural", "ic-curriculum-textbooks",
     "Revision of textbooks to remove stereotypes."),
    ("un-cedaw-1979", "any gap in education existing between men and women;", "outcomes",
     "out-targeted-measures", "Closing gaps in education: outcome equality."),
    # --- CRPD Art 24 ----------------------------------------------------------------------------
    ("un-crpd-2006", "States Parties shall ensure an inclusive education system at all levels and "
     "lifelong learning", "access", "acc-non-discrimination", "Inclusive system at all levels."),
    ("un-crpd-2006", "the strengthening of respect for human rights, fundamental freedoms and human "
     "diversity;", "intercultural", "ic-aims-tolerance-understanding", "Respect for human diversity."),
    ("un-crpd-2006", "Persons with disabilities are not excluded from the general education system "
     "on the basis of disability", "access", "acc-non-discrimination", ""),
    ("un-crpd-2006", "Reasonable accommodation of the individual’s requirements is provided;",
     "outcomes", "out-individual-support", "Individual support to succeed."),
    ("un-crpd-2006", "Persons with disabilities receive the support required, within the general "
     "education system, to facilitate their effective education;", "outcomes",
     "out-individual-support", ""),
    ("un-crpd-2006", "Effective individualized support measures are provided in environments that "
     "maximize academic and social development, consistent with the goal of full inclusion.",
     "outcomes", "out-individual-support", ""),
    ("un-crpd-2006", "Facilitating the learning of sign language and the promotion of the linguistic "
     "identity of the deaf community;", "diversity", "div-minority-language-instruction",
     "Linguistic identity of a language minority (deaf community)."),
    ("un-crpd-2006", "States Parties shall take appropriate measures to employ teachers, including "
     "teachers with disabilities, who are qualified in sign language and/or Braille, and to train "
     "professionals and staff who work at all levels of education.", "outcomes",
     "out-teacher-training-needs", "Staff trained for learners' specific needs."),
    ("un-crpd-2006", "States Parties shall ensure that persons with disabilities are able to access "
     "general tertiary education, vocational training, adult education and lifelong learning "
     "without discrimination and on an equal basis with others.", "access",
     "acc-higher-education", ""),
    # --- UDHR Art 26, ECHR P1 Art 2, Refugee Convention Art 22, ICCPR Art 27 ---------------------
    ("un-udhr-1948", "Everyone has the right to education.", "access",
     "acc-right-irrespective-status", ""),
    ("un-udhr-1948", "Education shall be free, at least in the elementary and fundamental stages. "
     "Elementary education shall be compulsory.", "access", "acc-free-compulsory-primary", ""),
    ("un-udhr-1948", "It shall promote understanding, tolerance and friendship among all nations, "
     "racial or religious groups", "intercultural", "ic-aims-tolerance-understanding", ""),
    ("coe-echr-p1-1952", "No person shall be denied the right to education.", "access",
     "acc-right-irrespective-status", "No person: irrespective of nationality or status."),
    ("un-refugee-convention-1951", "The Contracting States shall accord to refugees the same "
     "treatment as is accorded to nationals with respect to elementary education.", "access",
     "acc-right-irrespective-status", "Refugees: national treatment in elementary education."),
    ("un-refugee-convention-1951", "as regards access to studies, the recognition of foreign school "
     "certificates, diplomas and degrees, the remission of fees and charges and the award of "
     "scholarships.", "access", "acc-recognition-prior-learning",
     "Recognition of foreign certificates; also fees and scholarships."),
    ("un-iccpr-1966", "persons belonging to such minorities shall not be denied the right, in "
     "community with the other members of their group, to enjoy their own culture, to profess and "
     "practise their own religion, or to use their own language.", "diversity",
     "div-own-culture-identity", "Minority culture and language (art. 27)."),
    # --- CoE: ETS 93 Arts 14-15, ESC (revised) Arts 17, 19(11)(12) ---------------------------------
    ("coe-migrant-workers-1977", "Migrant workers and members of their families officially "
     "admitted to the territory of a Contracting Party shall be entitled, on the same basis and "
     "under the same conditions as national workers, to general education and vocational training "
     "and retraining", "access", "acc-right-irrespective-status",
     "Equal treatment with nationals (lawfully admitted only)."),
    ("coe-migrant-workers-1977", "shall be granted access to higher education according to the "
     "general regulations governing admission to respective institutions in the receiving State",
     "access", "acc-higher-education", ""),
    ("coe-migrant-workers-1977", "To promote access to general and vocational schools and to "
     "vocational training centres, the receiving State shall facilitate the teaching of its "
     "language or, if there are several, one of its languages to migrant workers and members of "
     "their families.", "outcomes", "out-host-language-support",
     "Host-language teaching for migrants and families."),
    ("coe-migrant-workers-1977", "the same facilities in this respect as the receiving State's "
     "nationals.", "access", "acc-financial-support", "Scholarships for migrant workers' children."),
    ("coe-migrant-workers-1977", "The workers' previous attainments, as well as diplomas and "
     "vocational qualifications acquired in the State of origin, shall be recognised by each "
     "Contracting Party", "access", "acc-recognition-prior-learning", ""),
    ("coe-migrant-workers-1977", "The Contracting Parties concerned shall take action by common "
     "accord to arrange, so far as practicable, for the migrant worker's children, special courses "
     "for the teaching of the migrant worker's mother tongue", "diversity",
     "div-mother-tongue-teaching", "Mother-tongue courses (aimed at return)."),
    ("coe-esc-revised-1996", "to provide to children and young persons a free primary and "
     "secondary education as well as to encourage regular attendance at schools.", "access",
     "acc-free-compulsory-primary", "Free primary and secondary education; attendance."),
    ("coe-esc-revised-1996", "to promote and facilitate the teaching of the national language of "
     "the receiving state or, if there are several, one of these languages, to migrant workers and "
     "members of their families;", "outcomes", "out-host-language-support", "Art. 19(11)."),
    ("coe-esc-revised-1996", "to promote and facilitate, as far as practicable, the teaching of the "
     "migrant worker's mother tongue to the children of the migrant worker.", "diversity",
     "div-mother-tongue-teaching", "Art. 19(12)."),
    # --- FCNM Arts 4, 6, 12-14 ------------------------------------------------------------------
    ("coe-fcnm-1995", "The Parties undertake to adopt, where necessary, adequate measures in order to "
     "promote, in all areas of economic, social, political and cultural life, full and effective "
     "equality between persons belonging to a national minority and those belonging to the "
     "majority.", "outcomes", "out-targeted-measures", "Full and effective equality: special measures."),
    ("coe-fcnm-1995", "The parties shall encourage a spirit of tolerance and intercultural dialogue "
     "and take effective measures to promote mutual respect and understanding and co-operation "
     "among all persons living on their territory", "intercultural",
     "ic-aims-tolerance-understanding", "Intercultural dialogue, in particular in education."),
    ("coe-fcnm-1995", "The Parties shall, where appropriate, take measures in the fields of "
     "education and research to foster knowledge of the culture, history, language and religion of "
     "their national minorities and of the majority.", "intercultural", "ic-curriculum-textbooks",
     "Knowledge of minority and majority cultures for all."),
    ("coe-fcnm-1995", "In this context the Parties shall inter alia provide adequate opportunities "
     "for teacher training and access to textbooks, and facilitate contacts among students and "
     "teachers of different communities.", "intercultural", "ic-teacher-training-intercultural",
     "Teacher training and contacts between communities."),
    ("coe-fcnm-1995", "The Parties undertake to promote equal opportunities for access to education "
     "at all levels for persons belonging to national minorities.", "access",
     "acc-non-discrimination", ""),
    ("coe-fcnm-1995", "persons belonging to a national minority have the right to set up and to "
     "manage their own private educational and training establishments.", "diversity",
     "div-own-institutions", ""),
    ("coe-fcnm-1995", "The Parties undertake to recognise that every person belonging to a national "
     "minority has the right to learn his or her minority language.", "diversity",
     "div-minority-language-instruction", ""),
    ("coe-fcnm-1995", "persons belonging to those minorities have adequate opportunities for being "
     "taught the minority language or for receiving instruction in this language.", "diversity",
     "div-minority-language-instruction", ""),
    ("coe-fcnm-1995", "Paragraph 2 of this Article shall be implemented without prejudice to the "
     "learning of the official language or the teaching in this language.", "outcomes",
     "out-host-language-support", "Official language must still be learnt."),
    # --- ECRML Art 8 ----------------------------------------------------------------------------
    ("coe-ecrml-1992", "to make available primary education in the relevant regional or minority "
     "languages", "diversity", "div-minority-language-instruction", ""),
    ("coe-ecrml-1992", "to make arrangements to ensure the teaching of the history and the culture "
     "which is reflected by the regional or minority language;", "diversity",
     "div-own-culture-identity", ""),
    ("coe-ecrml-1992", "to provide the basic and further training of the teachers required to "
     "implement those of paragraphs (a) to (g) accepted by the Party;", "diversity",
     "div-minority-language-instruction", "Teachers for minority-language teaching."),
    ("coe-ecrml-1992", "to allow, encourage or provide teaching in or of the regional or minority "
     "language at all the appropriate stages of education.", "diversity",
     "div-minority-language-instruction", "Outside traditional territories too."),
    # --- ILO C169 Arts 26-31 --------------------------------------------------------------------
    ("ilo-c169-1989", "Measures shall be taken to ensure that members of the peoples concerned have "
     "the opportunity to acquire education at all levels on at least an equal footing with the "
     "rest of the national community.", "access", "acc-non-discrimination", ""),
    ("ilo-c169-1989", "Education programmes and services for the peoples concerned shall be "
     "developed and implemented in co-operation with them to address their special needs, and "
     "shall incorporate their histories, their knowledge and technologies, their value systems",
     "diversity", "div-own-culture-identity", "Own history and values in programmes, co-designed."),
    ("ilo-c169-1989", "governments shall recognise the right of these peoples to establish their "
     "own educational institutions and facilities", "diversity", "div-own-institutions", ""),
    ("ilo-c169-1989", "Children belonging to the peoples concerned shall, wherever practicable, be "
     "taught to read and write in their own indigenous language or in the language most commonly "
     "used by the group to which they belong.", "diversity", "div-minority-language-instruction", ""),
    ("ilo-c169-1989", "Adequate measures shall be taken to ensure that these peoples have the "
     "opportunity to attain fluency in the national language or in one of the official languages "
     "of the country.", "outcomes", "out-host-language-support", ""),
    ("ilo-c169-1989", "Measures shall be taken to preserve and promote the development and practice "
     "of the indigenous languages of the peoples concerned.", "diversity",
     "div-minority-language-instruction", ""),
    ("ilo-c169-1989", "The imparting of general knowledge and skills that will help children "
     "belonging to the peoples concerned to participate fully and on an equal footing in their own "
     "community and in the national community shall be an aim of education for these peoples.",
     "outcomes", "out-targeted-measures", "Equal participation as an outcome of education."),
    ("ilo-c169-1989", "Educational measures shall be taken among all sections of the national "
     "community, and particularly among those that are in most direct contact with the peoples "
     "concerned, with the object of eliminating prejudices that they may harbour in respect of "
     "these peoples.", "intercultural", "ic-combat-prejudice-racism", "Education of the majority."),
    ("ilo-c169-1989", "efforts shall be made to ensure that history textbooks and other educational "
     "materials provide a fair, accurate and informative portrayal of the societies and cultures of "
     "these peoples.", "intercultural", "ic-curriculum-textbooks", ""),
    # --- Joint GC No. 4 (CMW) / No. 23 (CRC), paras 59-62 -----------------------------------------
    ("cmw-crc-jgc4-23-2017", "All children in the context of international migration, irrespective "
     "of status, shall have full access to all levels and all aspects of education, including early "
     "childhood education and vocational training, on the basis of equality with nationals",
     "access", "acc-right-irrespective-status", "Key provision: irrespective of status."),
    ("cmw-crc-jgc4-23-2017", "Migrant children should have access to alternative learning "
     "programmes where necessary and participate fully in examinations and receive certification "
     "of their studies.", "outcomes", "out-targeted-measures",
     "Alternative programmes and certification: meeting specific needs."),
    ("cmw-crc-jgc4-23-2017", "reform regulations and practices that prevent migrant children, in "
     "particular undocumented children, from registering at schools and educational institutions.",
     "access", "acc-admission-registration", "Registration barriers for undocumented children."),
    ("cmw-crc-jgc4-23-2017", "States should also develop effective firewalls between educational "
     "institutions and immigration authorities", "access", "acc-admission-registration",
     "Firewalls: no data sharing, no enforcement near schools."),
    ("cmw-crc-jgc4-23-2017", "avoiding children having to move during the school year if possible",
     "outcomes", "out-attendance-dropout", "Continuity of schooling during procedures."),
    ("cmw-crc-jgc4-23-2017", "States should put in place adequate measures to recognize the child’s "
     "former education by acknowledging previously obtained school certificates",
     "access", "acc-recognition-prior-learning", ""),
    ("cmw-crc-jgc4-23-2017", "This means that, where necessary, targeted measures are needed, "
     "including additional language education,33 additional staff and other intercultural support",
     "outcomes", "out-targeted-measures", "Targeted measures, additional language education."),
    ("cmw-crc-jgc4-23-2017", "States are encouraged to dedicate staff to facilitating access to "
     "education for migrant children and to promoting the integration of migrant children into "
     "schools.", "outcomes", "out-targeted-measures", "Dedicated staff."),
    ("cmw-crc-jgc4-23-2017", "States should take measures aimed at prohibiting and preventing any "
     "kind of educational segregation", "outcomes", "out-desegregation", ""),
    ("cmw-crc-jgc4-23-2017", "State efforts should include the provision of early childhood "
     "education as well as psychosocial support.", "access", "acc-early-childhood",
     "Early childhood education (and psychosocial support)."),
    ("cmw-crc-jgc4-23-2017", "provide formal and non-formal learning opportunities, teacher training "
     "and life skills classes.", "outcomes", "out-teacher-training-needs", ""),
    # --- CMW GC No. 2 (2013) --------------------------------------------------------------------
    ("cmw-gc2-2013", "requiring birth certificates for school enrolment may disproportionately "
     "affect migrant workers in an irregular situation", "access", "acc-admission-registration",
     "Indirect discrimination through enrolment documents."),
    ("cmw-gc2-2013", "States parties must provide free and compulsory primary education for all, "
     "including children of migrant workers, regardless of their migration status.", "access",
     "acc-free-compulsory-primary", ""),
    ("cmw-gc2-2013", "States parties have an obligation to eliminate all direct costs of schooling, "
     "such as school fees, as well as alleviate the adverse impact of indirect costs",
     "access", "acc-financial-support", ""),
    ("cmw-gc2-2013", "whenever children who are nationals have access to free preschool education or "
     "scholarships, States parties must ensure equal access by children of migrant workers, "
     "irrespective of their migration status.", "access", "acc-early-childhood", ""),
    ("cmw-gc2-2013", "States parties must therefore avoid segregated schooling and the application of "
     "different standards of treatment to children of migrant workers", "outcomes",
     "out-desegregation", ""),
    ("cmw-gc2-2013", "States parties shall not require schools to report or share data on the "
     "regular or irregular status of pupils or their parents to immigration authorities",
     "access", "acc-admission-registration", ""),
    ("cmw-gc2-2013", "States parties should also ensure access for children of migrant workers in an "
     "irregular situation to mother-tongue instruction", "diversity", "div-mother-tongue-teaching",
     "Mother-tongue instruction also for undocumented children."),
    # --- CRC GC No. 6 (2005) --------------------------------------------------------------------
    ("crc-gc6-2005", "Every unaccompanied and separated child, irrespective of status, shall have "
     "full access to education in the country that they have entered", "access",
     "acc-right-irrespective-status", ""),
    ("crc-gc6-2005", "The unaccompanied or separated child should be registered with appropriate "
     "school authorities as soon as possible", "access", "acc-admission-registration", ""),
    ("crc-gc6-2005", "All unaccompanied and separated children have the right to maintain their "
     "cultural identity and values, including the maintenance and development of their native "
     "language.", "diversity", "div-mother-tongue-teaching", ""),
    ("crc-gc6-2005", "States should ensure that unaccompanied or separated children are provided "
     "with school certificates or other documentation indicating their level of education",
     "access", "acc-recognition-prior-learning", ""),
    # --- CERD GR No. 30 (2004) ------------------------------------------------------------------
    ("cerd-gr30-2004", "Ensure that public educational institutions are open to non-citizens and "
     "children of undocumented immigrants residing in the territory of a State party;", "access",
     "acc-right-irrespective-status", ""),
    ("cerd-gr30-2004", "Avoid segregated schooling and different standards of treatment being "
     "applied to non‑citizens", "outcomes", "out-desegregation", ""),
    ("cerd-gr30-2004", "Take resolute action to counter any tendency to target, stigmatize, "
     "stereotype or profile", "intercultural", "ic-combat-prejudice-racism",
     "Includes educators among those to act."),
    # --- CRC GC No. 1 (2001) aims of education ---------------------------------------------------
    ("crc-gc1-2001", "A reliable and enduring antidote to all of these failings is the provision of "
     "education which promotes an understanding and appreciation of the values reflected in article "
     "29 (1), including respect for differences, and challenges all aspects of discrimination and "
     "prejudice.", "intercultural", "ic-combat-prejudice-racism", ""),
    ("crc-gc1-2001", "The effective promotion of article 29 (1) requires the fundamental reworking of "
     "curricula to include the various aims of education and the systematic revision of textbooks "
     "and other teaching materials and technologies, as well as school policies.",
     "intercultural", "ic-curriculum-textbooks", ""),
    ("crc-gc1-2001", "Pre-service and in-service training schemes which promote the principles "
     "reflected in article 29 (1) are thus essential for teachers, educational administrators and "
     "others involved in child education.", "intercultural", "ic-teacher-training-intercultural", ""),
    ("crc-gc1-2001", "A school which allows bullying or other violent and exclusionary practices to "
     "occur is not one which meets the requirements of article 29 (1).", "intercultural",
     "ic-school-environment", ""),
    # --- CESCR GC No. 13 (1999) -----------------------------------------------------------------
    ("cescr-gc13-1999", "educational institutions and programmes have to be accessible to everyone, "
     "without discrimination, within the jurisdiction of the State party.", "access",
     "acc-non-discrimination", ""),
    ("cescr-gc13-1999", "education has to be flexible so it can adapt to the needs of changing "
     "societies and communities and respond to the needs of students within their diverse social "
     "and cultural settings.", "outcomes", "out-targeted-measures", "Adaptability."),
    ("cescr-gc13-1999", "The adoption of temporary special measures intended to bring about de facto "
     "equality for men and women and for disadvantaged groups is not a violation of the right to "
     "non‑discrimination with regard to education", "outcomes", "out-targeted-measures", ""),
    ("cescr-gc13-1999", "the principle of non‑discrimination extends to all persons of school age "
     "residing in the territory of a State party, including non‑nationals, and irrespective of "
     "their legal status.", "access", "acc-right-irrespective-status", ""),
    ("cescr-gc13-1999", "Sharp disparities in spending policies that result in differing qualities "
     "of education for persons residing in different geographic locations may constitute "
     "discrimination under the Covenant.", "outcomes", "out-equal-quality", ""),
    ("cescr-gc13-1999", "Educational data should be disaggregated by the prohibited grounds of "
     "discrimination.", "outcomes", "out-monitoring-data", ""),
    ("cescr-gc13-1999", "taking positive measures to ensure that education is culturally appropriate "
     "for minorities and indigenous peoples", "diversity", "div-own-culture-identity", ""),
    # --- CRPD GC No. 4 (2016) -------------------------------------------------------------------
    ("crpd-gc4-2016", "States parties must provide reasonable accommodation to enable individual "
     "students to have access to education on an equal basis with others.", "outcomes",
     "out-individual-support", ""),
    ("crpd-gc4-2016", "The Committee emphasizes the need to provide individualized education plans "
     "that can identify the reasonable accommodations and specific support required by individual "
     "students", "outcomes", "out-individual-support", ""),
    ("crpd-gc4-2016", "States parties must collect appropriate disaggregated data to formulate "
     "policies, plans and programmes to fulfil their obligations under article 24.", "outcomes",
     "out-monitoring-data", ""),
    ("crpd-gc4-2016", "States parties must invest in and support the recruitment and continuous "
     "education of teachers with disabilities.", "intercultural", "ic-diverse-teacher-workforce", ""),
    # --- CEDAW GR No. 36 (2017) -----------------------------------------------------------------
    ("cedaw-gr36-2017", "instruction delivered only in the dominant language, resulting in lower "
     "educational achievement, higher dropout rates, loss of heritage languages and lower "
     "self-esteem.", "diversity", "div-minority-language-instruction",
     "Dominant-language-only instruction harms achievement and heritage languages."),
    ("cedaw-gr36-2017", "children may lose State-mandated documentation, thereby preventing them from "
     "enrolling in new schools.", "access", "acc-admission-registration", ""),
    ("cedaw-gr36-2017", "Universal, free and compulsory education from preschool to secondary "
     "school, regardless of socioeconomic status, for citizens of the State party, as well as for "
     "girls and women with migrant or refugee status;", "access", "acc-free-compulsory-primary", ""),
    ("cedaw-gr36-2017", "Ensure that the application of a mandatory dress code and banning of "
     "specific clothing does not hamper access to inclusive education, in particular for those of "
     "migrant backgrounds;", "intercultural", "ic-school-environment",
     "Adapting daily school life (dress codes) to diversity."),
    # --- CCPR GC No. 23 (1994) ------------------------------------------------------------------
    ("ccpr-gc23-1994", "positive measures by States may also be necessary to protect the identity of "
     "a minority and the rights of its members to enjoy and develop their culture and language",
     "diversity", "div-own-culture-identity", ""),
    # --- additions: public information, curriculum, stereotypes, minority languages --------------
    ("un-crpd-2006", "Fostering at all levels of the education system, including in all children "
     "from an early age, an attitude of respect for the rights of persons with disabilities;",
     "intercultural", "ic-aims-tolerance-understanding", "Respect for diversity taught to all."),
    ("un-udhr-1948", "shall strive by teaching and education to promote respect for these rights "
     "and freedoms", "intercultural", "ic-human-rights-education",
     "Teaching and education as the means of promoting human rights."),
    ("crc-gc1-2001", "Education should thus be accorded one of the highest priorities in all "
     "campaigns against the evils of racism and related phenomena.", "intercultural",
     "ic-combat-prejudice-racism", ""),
    ("crc-gc1-2001", "The media, broadly defined, also have a central role to play, both in "
     "promoting the values and aims reflected in article 29 (1)", "intercultural",
     "ic-public-information", "Public information beyond school (MIPEX: public initiatives "
     "promoting appreciation of diversity)."),
    ("cerd-gr30-2004", "Take steps to address xenophobic attitudes and behaviour towards "
     "non-citizens", "intercultural", "ic-combat-prejudice-racism", ""),
    ("cedaw-gr36-2017", "including awareness-raising and educational campaigns about the "
     "Convention, gender relations and gender equality, at all levels of schooling and among "
     "society at large", "intercultural", "ic-public-information", ""),
    ("coe-ecrml-1992", "to provide, within primary education, for the teaching of the relevant "
     "regional or minority languages as an integral part of the curriculum", "diversity",
     "div-minority-language-instruction", "Minority language as a curriculum subject."),
    ("coe-ecrml-1992", "to make available pre-school education in the relevant regional or "
     "minority languages", "diversity", "div-minority-language-instruction", ""),
]

# coder-b: an independent second reading of 30 of the same provisions, coding areas only (no
# indicator ids); spans are coder-b's own selections of the same provisions, areas and memos too.
CODER_B: list[tuple[str, str, str, str, str]] = [
    ("un-crc-1989", "States Parties shall respect and ensure the rights set forth in the present "
     "Convention to each child within their jurisdiction without discrimination of any kind",
     "access", "", "Non-discrimination applies to access to school."),
    ("un-crc-1989", "Make primary education compulsory and available free to all",
     "access", "", ""),
    ("un-crc-1989", "Make educational and vocational information and guidance available and "
     "accessible to all children;", "outcomes", "",
     "Codebook lists information and guidance for pupils and parents under outcomes."),
    ("un-crc-1989", "Take measures to encourage regular attendance at schools and the reduction of "
     "drop-out rates.", "outcomes", "", ""),
    ("un-crc-1989", "The development of respect for the child's parents, his or her own cultural "
     "identity, language and values", "diversity", "",
     "Own identity and language; the rest of (c) is about other cultures."),
    ("un-crc-1989", "The preparation of the child for responsible life in a free society, in the "
     "spirit of understanding, peace, tolerance, equality of sexes, and friendship among all "
     "peoples, ethnic, national and religious groups and persons of indigenous origin;",
     "intercultural", "", ""),
    ("un-icescr-1966", "Fundamental education shall be encouraged or intensified as far as possible "
     "for those persons who have not received or completed the whole period of their primary "
     "education;", "access", "",
     "Access to basic education for those who missed it (older arrivals)."),
    ("unesco-cade-1960", "of establishing or maintaining separate educational systems or "
     "institutions for persons or groups of persons", "outcomes", "", ""),
    ("unesco-cade-1960", "To give foreign nationals resident within their territory the same access "
     "to education as that given to their own nationals.", "access", "", ""),
    ("unesco-cade-1960", "To provide training for the teaching profession without discrimination.",
     "access", "", "Access to teacher training courses, an access question."),
    ("unesco-cade-1960", "It is essential to recognize the right of members of national minorities "
     "to carry on their own educational activities, including the maintenance of schools",
     "diversity", "", ""),
    ("un-icerd-1965", "States Parties undertake to adopt immediate and effective measures, "
     "particularly in the fields of teaching, education, culture and information, with a view to "
     "combating prejudices which lead to racial discrimination and to promoting understanding, "
     "tolerance and friendship among nations and racial or ethnical groups", "intercultural",
     "", ""),
    ("un-cedaw-1979", "The elimination of any stereotyped concept of the roles of men and women at "
     "all levels and in all forms of education by encouraging coeducation and other types of "
     "education which will help to achieve this aim and, in particular, by the revision of "
     "textbooks and school programmes and the adaptation of teaching methods;", "intercultural",
     "", ""),
    ("un-crpd-2006", "Reasonable accommodation of the individual’s requirements is provided;",
     "outcomes", "", ""),
    ("un-crpd-2006", "Facilitating the learning of sign language and the promotion of the linguistic "
     "identity of the deaf community;", "outcomes", "",
     "Art. 24(3): skills to take part in education on an equal footing."),
    ("coe-migrant-workers-1977", "To promote access to general and vocational schools and to "
     "vocational training centres, the receiving State shall facilitate the teaching of its "
     "language or, if there are several, one of its languages to migrant workers and members of "
     "their families.", "access", "",
     "Host language taught explicitly to promote access to schools (codebook exclude note)."),
    ("coe-migrant-workers-1977", "special courses for the teaching of the migrant worker's mother "
     "tongue, to facilitate, inter alia, their return to their State of origin", "diversity",
     "", ""),
    ("coe-esc-revised-1996", "to promote and facilitate the teaching of the national language of "
     "the receiving state or, if there are several, one of these languages, to migrant workers and "
     "members of their families;", "outcomes", "", ""),
    ("coe-esc-revised-1996", "to promote and facilitate, as far as practicable, the teaching of the "
     "migrant worker's mother tongue to the children of the migrant worker.", "diversity",
     "", ""),
    ("coe-fcnm-1995", "The Parties shall, where appropriate, take measures in the fields of "
     "education and research to foster knowledge of the culture, history, language and religion of "
     "their national minorities and of the majority.", "intercultural", "", ""),
    ("coe-fcnm-1995", "In this context the Parties shall inter alia provide adequate opportunities "
     "for teacher training and access to textbooks, and facilitate contacts among students and "
     "teachers of different communities.", "intercultural", "", ""),
    ("ilo-c169-1989", "The imparting of general knowledge and skills that will help children "
     "belonging to the peoples concerned to participate fully and on an equal footing in their own "
     "community and in the national community shall be an aim of education for these peoples.",
     "intercultural", "", "An aim of education (cf. CRC art. 29)."),
    ("ilo-c169-1989", "Educational measures shall be taken among all sections of the national "
     "community, and particularly among those that are in most direct contact with the peoples "
     "concerned, with the object of eliminating prejudices that they may harbour in respect of "
     "these peoples.", "intercultural", "", ""),
    ("cmw-crc-jgc4-23-2017", "All children in the context of international migration, irrespective "
     "of status, shall have full access to all levels and all aspects of education, including early "
     "childhood education and vocational training, on the basis of equality with nationals of the "
     "country where those children are living.", "access", "", ""),
    ("cmw-crc-jgc4-23-2017", "Migrant children should have access to alternative learning "
     "programmes where necessary and participate fully in examinations and receive certification "
     "of their studies.", "access", "",
     "Access to programmes, examinations and certificates."),
    ("cmw-crc-jgc4-23-2017", "States should also develop effective firewalls between educational "
     "institutions and immigration authorities and prohibit the sharing of students’ data as well "
     "as immigration enforcement operations on or near school premises", "access",
     "", ""),
    ("cmw-crc-jgc4-23-2017", "This means that, where necessary, targeted measures are needed, "
     "including additional language education,33 additional staff and other intercultural support, "
     "without discrimination of any kind.", "outcomes", "", ""),
    ("crc-gc1-2001", "The effective promotion of article 29 (1) requires the fundamental reworking of "
     "curricula to include the various aims of education and the systematic revision of textbooks "
     "and other teaching materials and technologies, as well as school policies.",
     "intercultural", "", ""),
    ("cedaw-gr36-2017", "The main factors having an impact on the access of those groups to "
     "education include poverty, discrimination, lack of cultural relevance and, often, instruction "
     "delivered only in the dominant language, resulting in lower educational achievement, higher "
     "dropout rates, loss of heritage languages and lower self-esteem.", "outcomes",
     "", "About achievement and dropout of minority girls."),
    ("cedaw-gr36-2017", "Ensure that the application of a mandatory dress code and banning of "
     "specific clothing does not hamper access to inclusive education, in particular for those of "
     "migrant backgrounds;", "access", "", "Dress codes as a barrier to access."),
]
