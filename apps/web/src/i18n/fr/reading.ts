import type { reading as en } from '../en/reading';

export const reading: Record<keyof typeof en, string> = {
  'reading.note.original': 'Texte original {original, select, en {anglais} fr {français} es {espagnol} other {}}.',
  'reading.note.version':
    '{reader, select, en {Version anglaise} fr {Version française} es {Version espagnole} other {Version}}. Le texte original {original, select, en {anglais} fr {français} es {espagnol} other {}} fait foi.',
  'reading.note.noVersion':
    'Texte original en {original, select, en {anglais} fr {français} es {espagnol} other {}} : pas de version {reader, select, en {anglaise} fr {française} es {espagnole} other {}}.',
  'reading.showOriginal': 'Lire le texte original {original, select, en {anglais} fr {français} es {espagnol} other {}}',
  'reading.showVersion': 'Lire la version {reader, select, en {anglaise} fr {française} es {espagnole} other {}}',
  'reading.language': '{lang, select, en {anglais} fr {français} es {espagnol} other {}}',
  'reading.asFiled':
    'Tel que déposé en {lang, select, en {anglais} fr {français} es {espagnol} other {}} : pas encore de version {reader, select, en {anglaise} fr {française} es {espagnole} other {}}.',
  'reading.versions': 'Versions de {number}',
  'reading.status':
    '{lang, select, en {anglais} fr {français} es {espagnol} other {}} : {status, select, translated {traduite} verified {vérifiée} to_follow {traduction à venir} outdated {à réécrire} missing {pas encore écrite} other {}}',
  'reading.downloadsIn': '{lang, select, en {En anglais} fr {En français} es {En espagnol} other {}}',
  'reading.finalWaits': 'Adoptée, traductions à venir : le texte final est publié une fois vérifiée la version de chaque langue.',
  'reading.fileIn': 'Déposer en',
  'reading.instructionExample': 'Par exemple :',
};
