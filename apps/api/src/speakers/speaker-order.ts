import type { SpeakerCategory } from '@gbdw/workflow';

/**
 * The Governing Body's order of speaking on an item: the Office introduces it; the Employers' and
 * Workers' spokespersons (which first is the list's setting); the regional government groups; individual
 * governments; observers. Lower speaks first.
 */
export function categoryRank(category: SpeakerCategory, employersFirst: boolean): number {
  switch (category) {
    case 'office':
      return 0;
    case 'employers':
      return employersFirst ? 1 : 2;
    case 'workers':
      return employersFirst ? 2 : 1;
    case 'regional_group':
      return 3;
    case 'government':
      return 4;
    case 'observer':
      return 5;
  }
}

/**
 * Where a new request goes among the waiting (in their order): after the last one whose category speaks
 * no later than it — in order of request within a category, and after any entry the secretariat moved
 * ahead of its category.
 */
export function placeOfRequest(waiting: readonly { category: SpeakerCategory }[], category: SpeakerCategory, employersFirst: boolean): number {
  const rank = categoryRank(category, employersFirst);
  for (let i = waiting.length - 1; i >= 0; i--) if (categoryRank(waiting[i].category, employersFirst) <= rank) return i + 1;
  return 0;
}

/** The waiting in the order of their categories, each category's entries kept in their order (when the Employers and Workers swap). */
export function byCategory<T extends { category: SpeakerCategory }>(waiting: readonly T[], employersFirst: boolean): T[] {
  return waiting
    .map((w, i) => ({ w, i }))
    .sort((a, b) => categoryRank(a.w.category, employersFirst) - categoryRank(b.w.category, employersFirst) || a.i - b.i)
    .map(({ w }) => w);
}
