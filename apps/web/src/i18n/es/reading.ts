import type { reading as en } from '../en/reading';

export const reading: Record<keyof typeof en, string> = {
  'reading.note.original': 'Texto original en {original, select, en {inglés} fr {francés} es {español} other {}}.',
  'reading.note.version':
    '{reader, select, en {Versión inglesa} fr {Versión francesa} es {Versión española} other {Versión}}. El texto original en {original, select, en {inglés} fr {francés} es {español} other {}} es el auténtico.',
  'reading.note.noVersion':
    'Texto original en {original, select, en {inglés} fr {francés} es {español} other {}}: no hay versión {reader, select, en {inglesa} fr {francesa} es {española} other {}}.',
  'reading.showOriginal': 'Leer el texto original en {original, select, en {inglés} fr {francés} es {español} other {}}',
  'reading.showVersion': 'Leer la versión {reader, select, en {inglesa} fr {francesa} es {española} other {}}',
  'reading.language': '{lang, select, en {inglés} fr {francés} es {español} other {}}',
  'reading.asFiled':
    'Tal como se presentó en {lang, select, en {inglés} fr {francés} es {español} other {}}: aún no hay versión {reader, select, en {inglesa} fr {francesa} es {española} other {}}.',
  'reading.versions': 'Versiones de {number}',
  'reading.status':
    '{lang, select, en {inglés} fr {francés} es {español} other {}}: {status, select, translated {traducida} verified {verificada} to_follow {traducción pendiente} outdated {por reescribir} missing {aún sin escribir} other {}}',
  'reading.downloadsIn': '{lang, select, en {En inglés} fr {En francés} es {En español} other {}}',
  'reading.finalWaits': 'Adoptada, traducciones pendientes: el texto final se publica una vez verificada la versión de cada idioma.',
  'reading.fileIn': 'Presentar en',
  'reading.instructionExample': 'Por ejemplo:',
};
