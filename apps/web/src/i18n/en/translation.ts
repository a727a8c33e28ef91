/** The decision and its amendments in the three working languages (issue #21): the secretariat's translations page and the Chair's notes. */
export const translation = {
  'translation.lang.en': 'English',
  'translation.lang.fr': 'French',
  'translation.lang.es': 'Spanish',
  'translation.status.original': 'original',
  'translation.status.translated': 'translated',
  'translation.status.verified': 'verified',
  'translation.status.to_follow': 'to follow',
  'translation.status.outdated': 'outdated',
  'translation.status.missing': 'not written',
  'translation.langStatus': '{language} ({status})',
  'translation.link': 'Translations of paragraph {paragraph}',
  'translation.linkEnter': 'Paragraph {paragraph} in other languages',
  'translation.cardLink': 'Translations of {number}',
  'translation.title': 'Translations: draft decision, paragraph {paragraph}',
  'translation.intro':
    'The decision is kept in {languages}. The {original} text is the original and authoritative; an amendment is adopted once its version in every language is written, and the decision once every version is verified.',
  'translation.texts': 'The decision in its languages',
  'translation.textsTable': 'Each clause in each language, side by side',
  'translation.part': 'Part',
  'translation.chapeau': 'Chapeau',
  'translation.originalColumn': '{language} — original, authoritative',
  'translation.noVersion': 'No {language} version yet.',
  'translation.enterTitle': 'Enter the decision in {language}',
  'translation.enterHelp': 'As many clauses as the original ({count}), in its order, each one paragraph, without its label.',
  'translation.enterChapeau': 'Chapeau in {language}',
  'translation.enterClause': 'Clause {mark} in {language}',
  'translation.enterSubmit': 'Enter the {language} version',
  'translation.entered': 'The {language} version is entered.',
  'translation.amendments': '{count, plural, =0 {No amendment on this decision} one {# amendment and its versions} other {# amendments and their versions}}',
  'translation.filedIn': 'Filed in {language}',
  'translation.versionOf': '{number} in {language}',
  'translation.writtenBy': 'Written by {name}',
  'translation.verifiedBy': 'Verified by {name}',
  'translation.verify': 'Verify the {language} version',
  'translation.write': 'Write the {language} version',
  'translation.rewrite': 'Correct the {language} version',
  'translation.instruction': 'The amendment as a {language} drafter writes it',
  'translation.forms': 'Forms understood in {language}',
  'translation.preview': 'The {language} text as it would read',
  'translation.writeFirst': 'Write the instruction to see the text as it would read.',
  'translation.save': 'Save the {language} version',
  'translation.circulateToFollow': 'Circulate — {languages} {count, plural, one {translation} other {translations}} to follow',
  'translation.adoptWaits':
    'Not offered for adoption yet: its {count, plural, one {version} other {versions}} in {languages} must be written first, by the secretariat or the mover’s side.',
  'translation.toVerify': '{count, plural, one {# version to verify before adoption} other {# versions to verify before adoption}}',
  'translation.adoptToFollow': 'Adopt in the original language, translations to follow',
  'translation.adoptToFollowNote':
    'Only the verification of the versions stands in the way. The decision can be adopted in {language}, its original language, which is authoritative; the secretariat verifies the other versions afterwards, and the final text is issued once every version is verified.',
  'translation.finalAwaits':
    'Adopted in the original language, translations to follow: the final text is issued once the secretariat has verified every version.',
  'translation.toTranslations': 'Go to the translations',
};

/** The API's refusals about languages, in the same words as errors.ts (a message per code). */
export const translationErrors = {
  'error.AMENDMENT.LANGUAGE_NOT_KEPT':
    'The text amended has no version in this language: file in one of its languages, or ask the secretariat to enter that version first.',
  'error.AMENDMENT.TRANSLATION_MISSING':
    'A language of the decision has no version of this amendment (or of the one it sub-amends) yet: write it first, or circulate it with that translation to follow.',
  'error.DECISION.NO_SUCH_VERSION': 'The decision has no version in this language.',
  'error.DECISION.TRANSLATIONS_UNVERIFIED':
    'Versions of adopted amendments are not verified in every language: verify them first, or adopt in the original language with translations to follow. The final text is issued once all are verified.',
  'error.DECISION.VERSIONS_FROZEN':
    'Amendments are already adopted on this decision: its language versions are kept in step by adoption and can no longer be entered.',
  'error.DECISION.VERSION_STRUCTURE':
    'A language version has the structure of its original: the same number of clauses, each one paragraph. Correct it and send again.',
  'error.DOCUMENT_VERSION.ORIGINAL_LANGUAGE': 'The document is written in this language already: a version is in another language.',
  'error.TRANSLATION.NOT_YOURS': 'Only the secretariat, or the side that moved the amendment, writes its versions in other languages.',
  'error.TRANSLATION.ORIGINAL': 'This is the language the amendment was filed in: its own words change only by sub-amendment.',
  'error.TRANSLATION.NOT_THE_SAME': 'A translation makes the same change as its original, in the same place: correct it and send again.',
  'error.TRANSLATION.NOT_TO_VERIFY': 'Only a written translation can be verified: this one is verified already, to follow, outdated or not written.',
  'error.TRANSLATION.VERSION_CONFLICT': 'Someone changed this translation since you read it: the page now shows it; read it and decide again.',
};
