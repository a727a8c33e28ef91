/** The Office's texts in the reader's language (issue #21): which version is shown, and an amendment's versions. */
export const reading = {
  'reading.note.original': 'Original {original, select, en {English} fr {French} es {Spanish} other {}} text.',
  'reading.note.version':
    '{reader, select, en {English version} fr {French version} es {Spanish version} other {Version}}. The original {original, select, en {English} fr {French} es {Spanish} other {}} text is authoritative.',
  'reading.note.noVersion':
    'Original {original, select, en {English} fr {French} es {Spanish} other {}} text: no {reader, select, en {English} fr {French} es {Spanish} other {}} version.',
  'reading.showOriginal': 'Read the original {original, select, en {English} fr {French} es {Spanish} other {}} text',
  'reading.showVersion': 'Read the {reader, select, en {English} fr {French} es {Spanish} other {}} version',
  'reading.language': '{lang, select, en {English} fr {French} es {Spanish} other {}}',
  'reading.asFiled':
    'As filed in {lang, select, en {English} fr {French} es {Spanish} other {}}: no {reader, select, en {English} fr {French} es {Spanish} other {}} version yet.',
  'reading.versions': 'Versions of {number}',
  'reading.status':
    '{lang, select, en {English} fr {French} es {Spanish} other {}}: {status, select, translated {translated} verified {verified} to_follow {translation to follow} outdated {to be written again} missing {not yet written} other {}}',
  'reading.downloadsIn': '{lang, select, en {In English} fr {In French} es {In Spanish} other {}}',
  'reading.finalWaits': 'Adopted, translations to follow: the final text is issued once every language’s version is verified.',
  'reading.fileIn': 'File in',
  'reading.instructionExample': 'For example:',
};
