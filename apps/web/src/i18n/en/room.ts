/** The room's public screen (issue #23): what the projector and the webcast show, and the link the secretariat issues for it. */
export const room = {
  'room.floor': 'The floor',
  'room.nobodySpeaking': 'Nobody has the floor.',
  'room.next': 'Next',
  'room.speaker': '{name} ({for})',
  'room.timeLeft': 'Time left: {time}',
  'room.timeUp': 'Speaking time is up.',
  'room.more': '{count, plural, one {and # more on the list} other {and # more on the list}}',
  'room.underConsideration': 'Under consideration',
  'room.noneUnderConsideration': 'No amendment is under consideration.',
  'room.amendment': '{sub, select, yes {Sub-amendment} other {Amendment}} {number}',
  'room.onClause': 'Clause {label}',
  'room.lastOutcome': 'Last outcome',
  'room.noOutcome': 'Nothing decided yet.',
  'room.outcome.amendment':
    '{sub, select, yes {Sub-amendment} other {Amendment}} {number} {result, select, adopted {adopted} adopted_as_subamended {adopted as sub-amended} other {rejected}} {method}.',
  'room.outcome.decision':
    '{result, select, adopted {Decision adopted} adopted_as_amended {Decision adopted as amended} other {Draft decision not adopted}} {method}.',
  'room.outcome.fell': '{number} fell.',
  'room.takenUp': '{sub, select, yes {Sub-amendment} other {Amendment}} {number} taken up.',
  'room.floorGiven': 'The floor is given to {speaker}.',
  'room.asItStands': 'The decision as it stands',
  'room.needsLink': 'This screen shows the room an item of the Governing Body. It opens with the screen link the secretariat issues.',
  'room.linkRefused': 'This screen link no longer works: the secretariat can issue a new one.',
  'room.missing': 'The screen link names no decision: the secretariat can issue a new one.',
  'room.issue': 'Public screen link, paragraph {paragraph}',
  'room.linkTitle': 'The public screen link of paragraph {paragraph}',
  'room.linkWarning':
    'Copy it now: it is shown this once and never again. It opens the screen, reading only; to stop it, disable its “Public screen” account on the Members page.',
  'room.copyLink': 'Copy the link',
};
