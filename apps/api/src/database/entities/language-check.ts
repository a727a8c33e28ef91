import { LANGUAGES } from '@gbdw/drafting';

/** A column that holds one of the three working languages, checked by the database too. */
export const languageCheck = (column: string) => `${column} IN (${LANGUAGES.map((l) => `'${l}'`).join(', ')})`;
