import type { session as en } from '../en/session';

export const session: Record<keyof typeof en, string> = {
  'signIn.title': 'Connexion',
  'signIn.token': 'Votre jeton',
  'signIn.help': 'Le jeton qui vous a été remis (il commence par gbdw_). Un lien de connexion vous connecte de lui-même.',
  'signIn.submit': 'Se connecter',
  'signIn.replaceTitle': 'Se connecter sous un autre nom ?',
  'signIn.replace':
    'Ce navigateur est connecté en tant que {current}. Le lien que vous avez ouvert connecte en tant que {holder} : ce que vous déposerez ensuite le serait au nom de {holder}.',
  'signIn.replaceYes': 'Se connecter en tant que {holder}',
  'signIn.replaceNo': 'Rester connecté en tant que {current}',
  'home.title': 'Accueil de la session',
  'home.session': '{number}e session, {place}, {dates}',
  'home.sitting': 'Séance',
  'home.amendmentDeadline': 'Délai pour les amendements',
  'home.subamendmentDeadline': 'Délai pour les sous-amendements',
  'home.noSitting': 'La séance n’est pas encore fixée.',
  'home.passed': 'échu',
  'home.documents': 'Documents',
  'home.superseded': 'remplacé par une révision',
  'home.amendments': '{count, plural, =0 {aucun amendement} one {# amendement} other {# amendements}}',
  'home.countInState':
    '{state, select, submitted {{count, plural, one {# déposé} other {# déposés}}} circulated {{count, plural, one {# distribué} other {# distribués}}} under_consideration {{count, plural, one {# en examen} other {# en examen}}} adopted {{count, plural, one {# adopté} other {# adoptés}}} rejected {{count, plural, one {# rejeté} other {# rejetés}}} withdrawn {{count, plural, one {# retiré} other {# retirés}}} lapsed {{count, plural, one {# caduc} other {# caducs}}} moot {{count, plural, one {# sans objet} other {# sans objet}}} stale {{count, plural, one {# dépassé} other {# dépassés}}} fallen {{count, plural, one {# tombé} other {# tombés}}} other {{count, plural, one {# {state}} other {# {state}}}}}',
  'home.needsYou': 'En attente de votre action',
  'home.nothingNeedsYou': 'Rien ne vous attend pour le moment.',
  'home.youMay': 'vous pouvez : {events}',
  'signIn.about':
    'Là où les projets de décision du Conseil d’administration sont amendés, examinés et adoptés, en direct, pour le secrétariat, la présidence, les groupes et les observateurs.',
  'place.Geneva': 'Genève',
  'home.toChair': 'La conduire depuis l’espace de la présidence',
  'signIn.byMail': 'M’envoyer un lien de connexion',
  'signIn.email': 'Votre adresse électronique',
  'signIn.sendLink': 'M’envoyer un lien',
  'signIn.linkOnItsWay': 'Si cette adresse est inscrite, un lien de connexion vous est envoyé. Il ne sert qu’une fois et expire après quelques jours.',
  'signIn.linkRefused': 'Ce lien de connexion ne peut pas vous connecter',
  'signIn.linkMissing': 'Le lien est incomplet : ouvrez-le de nouveau, en entier, depuis le message.',
  'signIn.askAgain': 'Demander un nouveau lien, ou se connecter autrement',
  'signIn.signingIn': 'Connexion en cours…',
  'signIn.replaceByLink':
    'Ce navigateur est connecté en tant que {current}. Le lien que vous avez ouvert connecte la personne à qui il a été envoyé : ce que vous déposerez ensuite le serait en son nom.',
  'signIn.replaceByLinkYes': 'Se connecter avec le lien',
};
