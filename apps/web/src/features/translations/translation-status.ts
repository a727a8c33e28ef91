import type { Language } from '@gbdw/drafting';
import type { Amendment, Decision, Schemas } from '../../api/client';

type AmendmentVersion = Schemas['AmendmentVersionView'];

/** Where an amendment stands in one language of its decision: its own words, a version and its status, or none. */
export type VersionStatus = 'original' | 'missing' | AmendmentVersion['status'];
export interface VersionCell {
  lang: Language;
  status: VersionStatus;
  version?: AmendmentVersion;
}

/** The amendment in each language of its decision (the working language first), as the translations page shows it in columns. */
export function versionCells(a: Pick<Amendment, 'language' | 'versions'>, languages: readonly Language[]): VersionCell[] {
  return languages.map((lang) => {
    if (lang === a.language) return { lang, status: 'original' };
    const version = a.versions.find((v) => v.lang === lang);
    return version ? { lang, status: version.status, version } : { lang, status: 'missing' };
  });
}

/** A version to write (again): none yet, marked to follow at circulation, or outdated by a change of its text. */
export const needsWriting = (status: VersionStatus) => status === 'missing' || status === 'to_follow' || status === 'outdated';

/**
 * How the secretariat may circulate the amendment now: null when CIRCULATE is not offered; else the
 * languages it would go with "translation to follow" ([] when every version is written, or when the
 * server offers circulation without any to follow).
 */
export function circulation(a: Pick<Amendment, 'allowedEvents' | 'eventParameters' | 'untranslated'>): { toFollow: Language[] } | null {
  if (!a.allowedEvents.includes('CIRCULATE')) return null;
  const offered = a.eventParameters.CIRCULATE ?? [{}];
  const plain = offered.some((p) => !Array.isArray(p.toFollow) || p.toFollow.length === 0);
  return { toFollow: plain ? [] : [...a.untranslated] };
}

/** Why a pending amendment is not offered for adoption for want of versions: the languages, each with its status; none when nothing is missing. */
export function missingBeforeAdoption(a: Pick<Amendment, 'state' | 'untranslated' | 'versions'>): { lang: Language; status: VersionStatus }[] {
  if (!['submitted', 'circulated', 'under_consideration'].includes(a.state)) return [];
  return a.untranslated.map((lang) => ({ lang, status: a.versions.find((v) => v.lang === lang)?.status ?? 'missing' }));
}

/** What the Chair is told of the decision's versions: none, how many to verify (and whether adopting with translations to follow is the way now), or the final text awaited. */
export type DecisionTranslationNote = { kind: 'none' } | { kind: 'toVerify'; count: number; toFollowOnly: boolean } | { kind: 'finalAwaits'; count: number };

export function decisionTranslationNote(
  d: Pick<Decision, 'state' | 'allowedEvents' | 'eventParameters' | 'unverifiedVersions' | 'translationsToFollow'>,
): DecisionTranslationNote {
  if (d.state === 'adopted' || d.state === 'adopted_as_amended')
    return d.translationsToFollow && d.unverifiedVersions > 0 ? { kind: 'finalAwaits', count: d.unverifiedVersions } : { kind: 'none' };
  if (d.unverifiedVersions === 0) return { kind: 'none' };
  const adopt = d.allowedEvents.includes('ADOPT') ? (d.eventParameters.ADOPT ?? [{}]) : [];
  const toFollowOnly = adopt.length > 0 && adopt.every((p) => p.translationsToFollow === true);
  return { kind: 'toVerify', count: d.unverifiedVersions, toFollowOnly };
}
