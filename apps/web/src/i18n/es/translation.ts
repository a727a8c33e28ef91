import type { translation as en, translationErrors as enErrors } from '../en/translation';

/** La decisión y sus enmiendas en los tres idiomas de trabajo (issue #21). */
export const translation: Record<keyof typeof en, string> = {
  'translation.lang.en': 'inglés',
  'translation.lang.fr': 'francés',
  'translation.lang.es': 'español',
  'translation.status.original': 'original',
  'translation.status.translated': 'traducida',
  'translation.status.verified': 'verificada',
  'translation.status.to_follow': 'pendiente',
  'translation.status.outdated': 'desfasada',
  'translation.status.missing': 'sin redactar',
  'translation.langStatus': '{language} ({status})',
  'translation.link': 'Traducciones del párrafo {paragraph}',
  'translation.linkEnter': 'El párrafo {paragraph} en otros idiomas',
  'translation.cardLink': 'Traducciones de {number}',
  'translation.title': 'Traducciones: proyecto de decisión, párrafo {paragraph}',
  'translation.intro':
    'La decisión se lleva en {languages}. El texto en {original} es el original y hace fe; una enmienda se adopta una vez redactada su versión en cada idioma, y la decisión una vez verificada cada versión.',
  'translation.texts': 'La decisión en sus idiomas',
  'translation.textsTable': 'Cada apartado en cada idioma, uno al lado del otro',
  'translation.part': 'Parte',
  'translation.chapeau': 'Encabezamiento',
  'translation.originalColumn': '{language} — original, hace fe',
  'translation.noVersion': 'Aún no hay versión en {language}.',
  'translation.enterTitle': 'Introducir la decisión en {language}',
  'translation.enterHelp': 'Tantos apartados como el original ({count}), en su orden, cada uno en un párrafo, sin su letra.',
  'translation.enterChapeau': 'Encabezamiento en {language}',
  'translation.enterClause': 'Apartado {mark} en {language}',
  'translation.enterSubmit': 'Introducir la versión en {language}',
  'translation.entered': 'La versión en {language} está introducida.',
  'translation.amendments': '{count, plural, =0 {Ninguna enmienda a esta decisión} one {# enmienda y sus versiones} other {# enmiendas y sus versiones}}',
  'translation.filedIn': 'Presentada en {language}',
  'translation.versionOf': '{number} en {language}',
  'translation.writtenBy': 'Redactada por {name}',
  'translation.verifiedBy': 'Verificada por {name}',
  'translation.verify': 'Verificar la versión en {language}',
  'translation.write': 'Redactar la versión en {language}',
  'translation.rewrite': 'Corregir la versión en {language}',
  'translation.instruction': 'La enmienda tal como la escribe un redactor en {language}',
  'translation.forms': 'Fórmulas que se entienden en {language}',
  'translation.preview': 'El texto en {language} tal como quedaría',
  'translation.writeFirst': 'Escriba la instrucción para ver el texto tal como quedaría.',
  'translation.save': 'Guardar la versión en {language}',
  'translation.circulateToFollow': 'Distribuir — {count, plural, one {traducción pendiente} other {traducciones pendientes}}: {languages}',
  'translation.adoptWaits':
    'Aún no se propone para adopción: primero deben redactarse {count, plural, one {su versión} other {sus versiones}} en {languages}, por la secretaría o por quienes la presentaron.',
  'translation.toVerify': '{count, plural, one {# versión por verificar antes de la adopción} other {# versiones por verificar antes de la adopción}}',
  'translation.adoptToFollow': 'Adoptar en el idioma original, con las traducciones pendientes',
  'translation.adoptToFollowNote':
    'Solo falta verificar las versiones. La decisión puede adoptarse en {language}, su idioma original, que hace fe; la secretaría verifica después las demás versiones, y el texto final se publica una vez verificada cada versión.',
  'translation.finalAwaits':
    'Adoptada en el idioma original, con las traducciones pendientes: el texto final se publica una vez que la secretaría haya verificado cada versión.',
  'translation.toTranslations': 'Ir a las traducciones',
};

export const translationErrors: Record<keyof typeof enErrors, string> = {
  'error.AMENDMENT.LANGUAGE_NOT_KEPT':
    'El texto enmendado no tiene versión en este idioma: presente la enmienda en uno de sus idiomas, o pida a la secretaría que introduzca antes esa versión.',
  'error.AMENDMENT.TRANSLATION_MISSING':
    'Un idioma de la decisión aún no tiene versión de esta enmienda (o de la que subenmienda): redáctela primero, o distribúyala con esa traducción pendiente.',
  'error.DECISION.NO_SUCH_VERSION': 'La decisión no tiene versión en este idioma.',
  'error.DECISION.TRANSLATIONS_UNVERIFIED':
    'Hay versiones de enmiendas adoptadas sin verificar en algún idioma: verifíquelas primero, o adopte en el idioma original con las traducciones pendientes. El texto final se publica una vez verificadas todas.',
  'error.DECISION.VERSIONS_FROZEN':
    'Ya hay enmiendas adoptadas en esta decisión: sus versiones lingüísticas se mantienen al día con cada adopción y ya no pueden introducirse.',
  'error.DECISION.VERSION_STRUCTURE':
    'Una versión lingüística tiene la estructura de su original: el mismo número de apartados, cada uno en un párrafo. Corríjala y envíela de nuevo.',
  'error.DOCUMENT_VERSION.ORIGINAL_LANGUAGE': 'El documento ya está redactado en este idioma: una versión está en otro idioma.',
  'error.TRANSLATION.NOT_YOURS': 'Solo la secretaría, o quienes presentaron la enmienda, redactan sus versiones en otros idiomas.',
  'error.TRANSLATION.ORIGINAL': 'Es el idioma en que se presentó la enmienda: sus propios términos solo cambian mediante una subenmienda.',
  'error.TRANSLATION.NOT_THE_SAME': 'Una traducción introduce el mismo cambio que su original, en el mismo lugar: corríjala y envíela de nuevo.',
  'error.TRANSLATION.NOT_TO_VERIFY': 'Solo puede verificarse una traducción redactada: esta ya está verificada, pendiente, desfasada o sin redactar.',
  'error.TRANSLATION.VERSION_CONFLICT': 'Alguien modificó esta traducción desde que usted la leyó: la página la muestra ahora; reléala y decida de nuevo.',
};
