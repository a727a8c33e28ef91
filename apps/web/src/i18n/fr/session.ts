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
  'home.session': '{number}e session — {place}, {dates}',
  'home.sitting': 'Séance',
  'home.amendmentDeadline': 'Délai pour les amendements',
  'home.subamendmentDeadline': 'Délai pour les sous-amendements',
  'home.noSitting': 'La séance n’est pas encore fixée.',
  'home.passed': 'échu',
  'home.documents': 'Documents',
  'home.superseded': 'remplacé par une révision',
  'home.decision': 'Projet de décision, paragraphe {paragraph}',
  'home.amendments': '{count, plural, =0 {aucun amendement} one {# amendement} other {# amendements}}',
  'home.countInState': '{count} {state}',
  'home.needsYou': 'En attente de votre action',
  'home.nothingNeedsYou': 'Rien ne vous attend pour le moment.',
  'home.youMay': 'vous pouvez : {events}',
};
