/**
 * The Chair's script (issue #23): what the Chair says and does next, as a Chair says it. Whole sentences; who moved an
 * amendment is the catalogue's credit words ({credit}), groups and countries their names ({group}, {country}).
 */
export const chairScript = {
  'chairScript.title': 'The Chair’s script',
  'chairScript.forRecord': 'For the record',
  'chairScript.now': 'Now',
  'chairScript.then': 'Then',
  'chairScript.press': 'Press “{button}”.',
  'chairScript.pressOn': 'Press “{button}” for {object}.',
  'chairScript.decide':
    'If there is no objection, press “{adopt}” for {object}, by consensus; if there is one, record the vote in the same dialog, or press “{reject}”.',
  'chairScript.floorAct': '{event, select, GIVE_FLOOR {Give the floor to {name}.} other {When {name} has finished, close the floor.}}',
  'chairScript.notOffered': 'Not offered to you now.',
  'chairScript.notPublished': 'Nothing to say yet: the draft decision is not published.',
  'chairScript.open': 'We now turn to the draft decision in paragraph {paragraph} of document {document}.',
  'chairScript.officeIntroduces': 'I give the floor to the Office to introduce the document.',
  'chairScript.resume': 'We return to the draft decision in paragraph {paragraph} of document {document}, whose consideration was deferred.',
  'chairScript.giveFloor':
    '{category, select, office {{introduces, select, yes {I give the floor to {name}, for the Office, to introduce the document.} other {I give the floor to {name}, for the Office.}}} employers {I give the floor to the Employers’ spokesperson, {name}.} workers {I give the floor to the Workers’ spokesperson, {name}.} regional_group {I give the floor to {name}, speaking on behalf of the {group}.} government {I give the floor to {name}, Government of {country}.} observer {I give the floor to {name}, observer.} other {I give the floor to {name}.}}',
  'chairScript.floorWith':
    '{category, select, office {{introduces, select, yes {The floor is with {name}, for the Office, introducing the document.} other {The floor is with {name}, for the Office.}}} employers {The floor is with the Employers’ spokesperson, {name}.} workers {The floor is with the Workers’ spokesperson, {name}.} regional_group {The floor is with {name}, speaking on behalf of the {group}.} government {The floor is with {name}, Government of {country}.} observer {The floor is with {name}, observer.} other {The floor is with {name}.}}',
  'chairScript.speakingTime':
    'Speaking time: {unit, select, minutes {{count, plural, one {# minute} other {# minutes}}} other {{count, plural, one {# second} other {# seconds}}}}.',
  'chairScript.takeUpDraft':
    '{count, plural, =0 {No amendment is pending. We now take up the draft decision.} one {We now take up the draft decision and the amendment to it.} other {We now take up the draft decision, clause by clause, and the # amendments to it in the order of consideration.}}',
  'chairScript.takeUp':
    'We now take up {kind, select, sub {sub-amendment} other {amendment}} {number}, {credit}{seconder, select, government { and seconded by the Government of {seconderCountry}} group { and seconded by the {seconderGroup}} other {}}.',
  'chairScript.change':
    '{op, select, replace {It would replace “{find}” by “{with}”.} delete {It would delete “{find}”.} insert {It would insert “{text}” {side, select, after {after} other {before}} “{anchor}”.} at_end {It would add “{text}” at the end of clause {clause}.} replace_clause {It would replace clause {clause} by: “{text}”.} add_clause {It would add a new clause {after, select, end {at the end} other {after clause {after}}}: “{text}”.} delete_clause {It would delete clause {clause}.} other {}}',
  'chairScript.late': 'It was filed after the deadline: it is taken up with the leave of the Governing Body.',
  'chairScript.falls':
    'If it is adopted, {number} falls ({reason, select, same_words {same words} clause_replaced {its clause is replaced} clause_deleted {its clause is deleted} other {}}).',
  'chairScript.reread':
    'If it is adopted, {number} must be re-read ({reason, select, occurrence_moves {its words move} words_beside_change {the words beside it change} other {}}).',
  'chairScript.objection': 'Is there any objection?',
  'chairScript.objectionTo': 'Is there any objection to {kind, select, sub {sub-amendment} other {amendment}} {number}?',
  'chairScript.notSeconded': '{kind, select, sub {Sub-amendment} other {Amendment}} {number}, {credit}, has not been seconded: it lapses.',
  'chairScript.notCirculated':
    '{kind, select, sub {Sub-amendment} other {Amendment}} {number} is not circulated yet: the secretariat circulates it before it can be taken up.',
  'chairScript.takeDecision': 'We now take the draft decision{amended, select, yes { as amended} other {}}.',
  'chairScript.decided':
    '{kind, select, sub {Sub-amendment} other {Amendment}} {number} is {state, select, adopted {adopted} other {rejected}}{method, select, vote { by {for, plural, one {# vote} other {# votes}} to {against}, with {abstentions, plural, =0 {no abstentions} one {# abstention} other {# abstentions}}} other {}}.',
  'chairScript.closed':
    '{kind, select, sub {Sub-amendment} other {Amendment}} {number} {state, select, withdrawn {is withdrawn} moot {is moot: the amendment it amends is no longer before us} not_seconded {lapses: it was not seconded} other {lapses}}.',
  'chairScript.stale': '{kind, select, sub {Sub-amendment} other {Amendment}} {number} no longer applies: the words “{quote}” have changed.',
  'chairScript.fell':
    '{kind, select, sub {Sub-amendment} other {Amendment}} {number} falls, since {byKind, select, sub {sub-amendment} other {amendment}} {by} was adopted ({reason, select, same_words {same words} clause_replaced {its clause was replaced} clause_deleted {its clause was deleted} other {}}).',
  'chairScript.decisionOutcome':
    '{state, select, adopted {{method, select, vote {The decision is adopted by {for, plural, one {# vote} other {# votes}} to {against}, with {abstentions, plural, =0 {no abstentions} one {# abstention} other {# abstentions}}.} other {I see no objection. The decision is adopted.}}} adopted_as_amended {{method, select, vote {The decision, as amended, is adopted by {for, plural, one {# vote} other {# votes}} to {against}, with {abstentions, plural, =0 {no abstentions} one {# abstention} other {# abstentions}}.} other {I see no objection. The decision, as amended, is adopted.}}} not_adopted {{method, select, vote {The draft decision is not adopted: {for, plural, one {# vote} other {# votes}} to {against}, with {abstentions, plural, =0 {no abstentions} one {# abstention} other {# abstentions}}.} other {The draft decision is not adopted.}}} withdrawn {The Office has withdrawn the draft decision.} superseded {A revised document supersedes this draft decision: what was pending moves to its revision.} other {}}',
  'chairScript.closing': 'That concludes our consideration of this item.',
};
