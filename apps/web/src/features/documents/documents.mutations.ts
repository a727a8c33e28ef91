import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../../api/client';
import { documentKeys } from './documents.keys';

/** Imports an Office document from its text; a 422 names each parse problem with its line. */
export function useImportDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      data(api.POST('/documents/import', { body: text, bodySerializer: (b: string) => b, headers: { 'Content-Type': 'text/plain' } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
