import type { Language } from '@gbdw/drafting';
import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { decisionKeys, type TextVariant } from './decisions.keys';

export const decisionQueries = {
  detail: (id: string) => queryOptions({ queryKey: decisionKeys.detail(id), queryFn: () => data(api.GET('/decisions/{id}', { params: { path: { id } } })) }),
  changes: (id: string) =>
    queryOptions({ queryKey: decisionKeys.changes(id), queryFn: () => data(api.GET('/decisions/{id}/changes', { params: { path: { id } } })) }),
  /** The decision in each of its languages, the original first (labels as each language writes them). */
  versions: (id: string) =>
    queryOptions({ queryKey: decisionKeys.versions(id), queryFn: () => data(api.GET('/decisions/{id}/versions', { params: { path: { id } } })) }),
  /** The decision text in one variant and language (the original where omitted), as plain text; null when there is none (no final text before adoption). */
  text: (id: string, variant: TextVariant, lang?: Language) =>
    queryOptions({
      queryKey: decisionKeys.text(id, variant, lang),
      queryFn: async () => {
        const { data: body, response } = await api.GET('/decisions/{id}/text', {
          params: { path: { id }, query: { variant, format: 'txt', ...(lang ? { lang } : {}) } },
          parseAs: 'text',
        });
        return response.ok ? (body as unknown as string) : null;
      },
    }),
};
