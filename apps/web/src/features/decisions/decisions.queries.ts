import { queryOptions } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { decisionKeys, type TextVariant } from './decisions.keys';

export const decisionQueries = {
  detail: (id: string) => queryOptions({ queryKey: decisionKeys.detail(id), queryFn: () => data(api.GET('/decisions/{id}', { params: { path: { id } } })) }),
  changes: (id: string) =>
    queryOptions({ queryKey: decisionKeys.changes(id), queryFn: () => data(api.GET('/decisions/{id}/changes', { params: { path: { id } } })) }),
  /** The decision text in one variant, as plain text; null when there is none (no final text before adoption). */
  text: (id: string, variant: TextVariant) =>
    queryOptions({
      queryKey: decisionKeys.text(id, variant),
      queryFn: async () => {
        const { data: body, response } = await api.GET('/decisions/{id}/text', {
          params: { path: { id }, query: { variant, format: 'txt' } },
          parseAs: 'text',
        });
        return response.ok ? (body as unknown as string) : null;
      },
    }),
};
