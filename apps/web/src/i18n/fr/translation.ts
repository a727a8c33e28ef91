import type { translation as en } from '../en/translation';

/** La décision et ses amendements dans les trois langues de travail (issue #21). */
export const translation: Record<keyof typeof en, string> = {
  'translation.lang.en': 'anglais',
  'translation.lang.fr': 'français',
  'translation.lang.es': 'espagnol',
  'translation.status.original': 'originale',
  'translation.status.translated': 'traduite',
  'translation.status.verified': 'vérifiée',
  'translation.status.to_follow': 'à suivre',
  'translation.status.outdated': 'périmée',
  'translation.status.missing': 'non rédigée',
  'translation.langStatus': '{language} ({status})',
  'translation.link': 'Traductions du paragraphe {paragraph}',
  'translation.linkEnter': 'Le paragraphe {paragraph} dans d’autres langues',
  'translation.cardLink': 'Traductions de {number}',
  'translation.title': 'Traductions : projet de décision, paragraphe {paragraph}',
  'translation.intro':
    'La décision est tenue en {languages}. Le texte {original} est l’original et fait foi ; un amendement est adopté une fois sa version rédigée dans chaque langue, et la décision une fois chaque version vérifiée.',
  'translation.texts': 'La décision dans ses langues',
  'translation.textsTable': 'Chaque alinéa dans chaque langue, côte à côte',
  'translation.part': 'Partie',
  'translation.chapeau': 'Chapeau',
  'translation.originalColumn': '{language} — original, fait foi',
  'translation.noVersion': 'Pas encore de version en {language}.',
  'translation.enterTitle': 'Saisir la décision en {language}',
  'translation.enterHelp': 'Autant d’alinéas que l’original ({count}), dans son ordre, chacun en un paragraphe, sans sa lettre.',
  'translation.enterChapeau': 'Chapeau en {language}',
  'translation.enterClause': 'Alinéa {mark} en {language}',
  'translation.enterSubmit': 'Saisir la version en {language}',
  'translation.entered': 'La version en {language} est saisie.',
  'translation.amendments':
    '{count, plural, =0 {Aucun amendement sur cette décision} one {# amendement et ses versions} other {# amendements et leurs versions}}',
  'translation.filedIn': 'Déposé en {language}',
  'translation.versionOf': '{number} en {language}',
  'translation.writtenBy': 'Rédigée par {name}',
  'translation.verifiedBy': 'Vérifiée par {name}',
  'translation.verify': 'Vérifier la version en {language}',
  'translation.write': 'Rédiger la version en {language}',
  'translation.rewrite': 'Corriger la version en {language}',
  'translation.instruction': 'L’amendement tel qu’un rédacteur l’écrit en {language}',
  'translation.forms': 'Formules comprises en {language}',
  'translation.preview': 'Le texte en {language} tel qu’il se lirait',
  'translation.writeFirst': 'Rédigez l’instruction pour voir le texte tel qu’il se lirait.',
  'translation.save': 'Enregistrer la version en {language}',
  'translation.circulateToFollow': 'Distribuer — {count, plural, one {traduction} other {traductions}} à suivre : {languages}',
  'translation.adoptWaits':
    'Pas encore proposé à l’adoption : {count, plural, one {sa version} other {ses versions}} en {languages} doivent d’abord être rédigées, par le secrétariat ou par les auteurs de l’amendement.',
  'translation.toVerify': '{count, plural, one {# version à vérifier avant l’adoption} other {# versions à vérifier avant l’adoption}}',
  'translation.adoptToFollow': 'Adopter dans la langue originale, traductions à suivre',
  'translation.adoptToFollowNote':
    'Seule la vérification des versions fait obstacle. La décision peut être adoptée en {language}, sa langue originale, qui fait foi ; le secrétariat vérifie ensuite les autres versions, et le texte final est publié une fois chaque version vérifiée.',
  'translation.finalAwaits':
    'Adoptée dans la langue originale, traductions à suivre : le texte final est publié une fois que le secrétariat a vérifié chaque version.',
  'translation.live':
    '{entity} : {event, select, VERSION_WRITTEN {une traduction rédigée} VERSION_VERIFIED {une traduction vérifiée} VERSION_OUTDATED {une traduction périmée par une modification de son texte} VERSION_ENTERED {une version linguistique saisie} other {{event}}}',
  'translation.toTranslations': 'Aller aux traductions',
};
