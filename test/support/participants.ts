/** A list of participants as a secretariat exports it: `n` people of every kind, in the three languages. */
export function participantsCsv(n: number, rename: (i: number) => string = (i) => `Delegate ${i}`): string {
  const lines = ['name,email,role,group,country,standing,language'];
  const countries = ['FRA', 'KEN', 'BRA', 'IND', 'DEU'];
  for (let i = 0; i < n; i++) {
    const lang = ['en', 'fr', 'es'][i % 3];
    const email = `delegate${i}@gb.example.org`;
    const kind = i % 10;
    const row =
      kind < 4
        ? [rename(i), email, 'member', 'GOV', countries[i % 5], i % 2 ? 'deputy' : 'titular', lang]
        : kind < 6
          ? [rename(i), email, 'member', 'EMP', '', 'titular', lang]
          : kind < 8
            ? [rename(i), email, 'member', 'WKR', '', 'deputy', lang]
            : kind === 8
              ? [rename(i), email, 'adviser', 'WKR', '', '', lang]
              : [rename(i), email, 'observer', '', '', '', lang];
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}
