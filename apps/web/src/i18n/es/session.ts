import type { session as en } from '../en/session';

export const session: Record<keyof typeof en, string> = {
  'signIn.title': 'Iniciar sesión',
  'signIn.token': 'Su clave',
  'signIn.help': 'La clave que recibió (empieza por gbdw_). Un enlace de acceso inicia la sesión por sí solo.',
  'signIn.submit': 'Iniciar sesión',
  'signIn.replaceTitle': '¿Iniciar sesión con otro nombre?',
  'signIn.replace':
    'Este navegador tiene la sesión iniciada como {current}. El enlace que abrió inicia la sesión como {holder}: lo que presente a continuación se presentaría en nombre de {holder}.',
  'signIn.replaceYes': 'Iniciar sesión como {holder}',
  'signIn.replaceNo': 'Seguir con la sesión de {current}',
  'home.title': 'Inicio de la reunión',
  'home.session': '{number}.ª reunión, {place}, {dates}',
  'home.sitting': 'Sesión',
  'home.amendmentDeadline': 'Plazo para las enmiendas',
  'home.subamendmentDeadline': 'Plazo para las subenmiendas',
  'home.noSitting': 'La sesión aún no tiene fecha.',
  'home.passed': 'vencido',
  'home.documents': 'Documentos',
  'home.superseded': 'sustituido por una revisión',
  'home.amendments': '{count, plural, =0 {ninguna enmienda} one {# enmienda} other {# enmiendas}}',
  'home.countInState':
    '{state, select, submitted {{count, plural, one {# presentada} other {# presentadas}}} circulated {{count, plural, one {# distribuida} other {# distribuidas}}} under_consideration {{count, plural, one {# en examen} other {# en examen}}} adopted {{count, plural, one {# adoptada} other {# adoptadas}}} rejected {{count, plural, one {# rechazada} other {# rechazadas}}} withdrawn {{count, plural, one {# retirada} other {# retiradas}}} lapsed {{count, plural, one {# caducada} other {# caducadas}}} moot {{count, plural, one {# sin objeto} other {# sin objeto}}} stale {{count, plural, one {# superada} other {# superadas}}} fallen {{count, plural, one {# decaída} other {# decaídas}}} other {{count, plural, one {# {state}} other {# {state}}}}}',
  'home.needsYou': 'Pendiente de usted',
  'home.nothingNeedsYou': 'Nada le espera por ahora.',
  'home.youMay': 'puede: {events}',
  'signIn.about':
    'Donde los proyectos de decisión del Consejo de Administración se enmiendan, se examinan y se adoptan, en directo, para la secretaría, la Presidencia, los grupos y los observadores.',
  'place.Geneva': 'Ginebra',
  'home.toChair': 'Dirigirla desde el espacio de la Presidencia',
  'signIn.byMail': 'Enviarme un enlace de conexión',
  'signIn.email': 'Su dirección de correo electrónico',
  'signIn.sendLink': 'Enviarme un enlace',
  'signIn.linkOnItsWay': 'Si esta dirección está inscrita, se le envía un enlace de conexión. Solo sirve una vez y caduca al cabo de unos días.',
  'signIn.linkRefused': 'Este enlace de conexión no puede conectarle',
  'signIn.linkMissing': 'El enlace está incompleto: vuelva a abrirlo entero desde el mensaje.',
  'signIn.askAgain': 'Pedir un enlace nuevo, o conectarse de otro modo',
  'signIn.signingIn': 'Conectando…',
  'signIn.replaceByLink':
    'Este navegador está conectado como {current}. El enlace que abrió conecta a la persona a quien se envió: lo que presente después se presentaría en su nombre.',
  'signIn.replaceByLinkYes': 'Conectarse con el enlace',
};
