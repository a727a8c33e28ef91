import type { chairScript as en } from '../en/chair-script';

/** Le canevas de la présidence : ce qu’elle dit et fait ensuite, comme le dit une présidence du Conseil d’administration. */
export const chairScript: Record<keyof typeof en, string> = {
  'chairScript.title': 'Le canevas de la présidence',
  'chairScript.forRecord': 'Pour le procès-verbal',
  'chairScript.now': 'Maintenant',
  'chairScript.then': 'Ensuite',
  'chairScript.press': 'Appuyer sur « {button} ».',
  'chairScript.pressOn': 'Appuyer sur « {button} » pour {object}.',
  'chairScript.decide':
    'En l’absence d’objection, appuyer sur « {adopt} » pour {object}, par consensus ; en cas d’objection, consigner le vote dans la même fenêtre, ou appuyer sur « {reject} ».',
  'chairScript.floorAct': '{event, select, GIVE_FLOOR {Donner la parole à {name}.} other {Quand {name} a terminé, clore son intervention.}}',
  'chairScript.notOffered': 'Ce n’est pas proposé pour vous maintenant.',
  'chairScript.notPublished': 'Rien à dire pour l’instant : le projet de décision n’est pas publié.',
  'chairScript.open': 'Nous passons maintenant au projet de décision figurant au paragraphe {paragraph} du document {document}.',
  'chairScript.officeIntroduces': 'Je donne la parole au Bureau, qui va présenter le document.',
  'chairScript.resume': 'Nous revenons au projet de décision figurant au paragraphe {paragraph} du document {document}, dont l’examen avait été reporté.',
  'chairScript.giveFloor':
    '{category, select, office {{introduces, select, yes {Je donne la parole à {name}, pour le Bureau, qui va présenter le document.} other {Je donne la parole à {name}, pour le Bureau.}}} employers {Je donne la parole au porte-parole du groupe des employeurs, {name}.} workers {Je donne la parole au porte-parole du groupe des travailleurs, {name}.} regional_group {Je donne la parole à {name}, qui s’exprime au nom du {group}.} government {Je donne la parole à {name}, pour le gouvernement ({country}).} observer {Je donne la parole à {name}, en qualité d’observateur.} other {Je donne la parole à {name}.}}',
  'chairScript.floorWith':
    '{category, select, office {{introduces, select, yes {La parole est à {name}, pour le Bureau, qui présente le document.} other {La parole est à {name}, pour le Bureau.}}} employers {La parole est au porte-parole du groupe des employeurs, {name}.} workers {La parole est au porte-parole du groupe des travailleurs, {name}.} regional_group {La parole est à {name}, qui s’exprime au nom du {group}.} government {La parole est à {name}, pour le gouvernement ({country}).} observer {La parole est à {name}, en qualité d’observateur.} other {La parole est à {name}.}}',
  'chairScript.speakingTime':
    'Temps de parole : {unit, select, minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# seconde} other {# secondes}}}}.',
  'chairScript.takeUpDraft':
    '{count, plural, =0 {Aucun amendement n’est en suspens. Nous passons maintenant à l’examen du projet de décision.} one {Nous passons maintenant à l’examen du projet de décision et de l’amendement qui s’y rapporte.} other {Nous passons maintenant à l’examen du projet de décision, alinéa par alinéa, et des # amendements qui s’y rapportent, dans l’ordre d’examen.}}',
  'chairScript.takeUp':
    'Nous passons maintenant à l’examen du {kind, select, sub {sous-amendement} other {amendement}} {number}, {credit}{seconder, select, government { et appuyé par le gouvernement ({seconderCountry})} group { et appuyé par le {seconderGroup}} other {}}.',
  'chairScript.change':
    '{op, select, replace {Il remplacerait « {find} » par « {with} ».} delete {Il supprimerait « {find} ».} insert {Il insérerait « {text} » {side, select, after {après} other {avant}} « {anchor} ».} at_end {Il ajouterait « {text} » à la fin de l’alinéa {clause}.} replace_clause {Il remplacerait l’alinéa {clause} par : « {text} ».} add_clause {Il ajouterait un nouvel alinéa {after, select, end {à la fin} other {après l’alinéa {after}}} : « {text} ».} delete_clause {Il supprimerait l’alinéa {clause}.} other {}}',
  'chairScript.late': 'Il a été déposé après le délai : il est examiné avec l’autorisation du Conseil d’administration.',
  'chairScript.falls':
    'S’il est adopté, {number} tombe ({reason, select, same_words {mêmes mots} clause_replaced {son alinéa est remplacé} clause_deleted {son alinéa est supprimé} other {}}).',
  'chairScript.reread':
    'S’il est adopté, {number} devra être relu ({reason, select, occurrence_moves {ses mots se déplacent} words_beside_change {les mots voisins changent} other {}}).',
  'chairScript.objection': 'Y a-t-il des objections ?',
  'chairScript.objectionTo': 'Y a-t-il des objections au {kind, select, sub {sous-amendement} other {amendement}} {number} ?',
  'chairScript.notSeconded': 'Le {kind, select, sub {sous-amendement} other {amendement}} {number}, {credit}, n’a pas été appuyé : il devient caduc.',
  'chairScript.notCirculated':
    'Le {kind, select, sub {sous-amendement} other {amendement}} {number} n’est pas encore distribué : le secrétariat le distribue avant qu’il puisse être examiné.',
  'chairScript.takeDecision': 'Nous passons maintenant au projet de décision{amended, select, yes { tel qu’amendé} other {}}.',
  'chairScript.decided':
    'Le {kind, select, sub {sous-amendement} other {amendement}} {number} est {state, select, adopted {adopté} other {rejeté}}{method, select, vote { par {for} voix contre {against}, avec {abstentions, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}} other {}}.',
  'chairScript.closed':
    'Le {kind, select, sub {sous-amendement} other {amendement}} {number} {state, select, withdrawn {est retiré} moot {est sans objet : l’amendement qu’il modifie n’est plus en examen} not_seconded {devient caduc, faute d’avoir été appuyé} other {devient caduc}}.',
  'chairScript.stale': 'Le {kind, select, sub {sous-amendement} other {amendement}} {number} ne s’applique plus : les mots « {quote} » ont changé.',
  'chairScript.fell':
    'Le {kind, select, sub {sous-amendement} other {amendement}} {number} tombe, le {byKind, select, sub {sous-amendement} other {amendement}} {by} ayant été adopté ({reason, select, same_words {mêmes mots} clause_replaced {son alinéa a été remplacé} clause_deleted {son alinéa a été supprimé} other {}}).',
  'chairScript.decisionOutcome':
    '{state, select, adopted {{method, select, vote {La décision est adoptée par {for} voix contre {against}, avec {abstentions, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}.} other {Il n’y a pas d’objection. La décision est adoptée.}}} adopted_as_amended {{method, select, vote {La décision, telle qu’amendée, est adoptée par {for} voix contre {against}, avec {abstentions, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}.} other {Il n’y a pas d’objection. La décision, telle qu’amendée, est adoptée.}}} not_adopted {{method, select, vote {Le projet de décision n’est pas adopté : {for} voix contre {against}, avec {abstentions, plural, =0 {aucune abstention} one {# abstention} other {# abstentions}}.} other {Le projet de décision n’est pas adopté.}}} withdrawn {Le Bureau a retiré le projet de décision.} superseded {Un document révisé remplace ce projet de décision : ce qui était en suspens passe à sa révision.} other {}}',
  'chairScript.closing': 'Ceci conclut notre examen de cette question.',
};
