import type { Localized } from '../../shared/messages';

/** The import's own texts, in both languages; answers pick the request's language. */
export const importTexts = {
  duplicateKey: {
    et: 'Sama kood on failis mitu korda (read {lines})',
    en: 'The same code is in the file more than once (rows {lines})',
  },
  duplicateKeyMany: {
    et: 'Sama kood on failis {count} korda (read {lines} jne)',
    en: 'The same code is in the file {count} times (rows {lines} etc.)',
  },
  invalidFlag: { et: 'Lubatud on 1 või 0 (ka jah/ei)', en: 'Use 1 or 0 (or yes/no)' },
  invalidContactType: { et: 'Lubatud on 0 (Ettevõte) või 1 (Eraisik)', en: 'Use 0 (company) or 1 (private person)' },
  duplicateField: {
    et: 'See väli on juba teisele veerule valitud',
    en: 'This field is already chosen for another column',
  },
  keyMissing: { et: 'Vali veerg, milles on kood', en: 'Choose the column that holds the code' },
  wrongCellCount: {
    et: 'Lahtreid on {count}, oodati {expected}',
    en: '{count} cells, expected {expected}',
  },
  atLine: { et: 'Rida {line}: {problem}', en: 'Line {line}: {problem}' },
  atLineAndColumn: { et: 'Rida {line}, veerg {column}: {problem}', en: 'Line {line}, column {column}: {problem}' },
  importTooLarge: {
    et: 'Import on liiga suur: selle read tohivad serveris võtta kuni {mb} MB. Jaga fail väiksemateks osadeks.',
    en: 'The import is too large: its rows may take up to {mb} MB on the server. Split the file into smaller parts.',
  },
  serverBusy: {
    et: 'Server on teiste importidega hõivatud (kõik impordid kokku kuni {mb} MB). Proovi mõne aja pärast uuesti.',
    en: 'The server is busy with other imports (up to {mb} MB for all imports together). Try again in a while.',
  },
  tooManyRows: {
    et: 'Ridu on rohkem, kui importi alustades teatati ({total})',
    en: 'There are more rows than announced when the import started ({total})',
  },
  notAllRows: {
    et: 'Kõik read pole veel üles laaditud ({received} / {total})',
    en: 'Not all rows have been uploaded yet ({received} / {total})',
  },
  noPreview: { et: 'Enne kinnitamist vaata eelvaade üle', en: 'Look at the preview before confirming' },
  busy: { et: 'Seda importi juba salvestatakse', en: 'This import is already being saved' },
  planChanged: {
    et: 'Andmed muutusid pärast eelvaadet ja midagi ei salvestatud. Vaata eelvaade uuesti üle.',
    en: 'The data changed after the preview and nothing was saved. Check the preview again.',
  },
  failed: {
    et: 'Import ebaõnnestus ja midagi ei salvestatud. Proovi uuesti; kui viga kordub, teata administraatorile.',
    en: 'The import failed and nothing was saved. Try again; if it persists, tell your administrator.',
  },
} satisfies Record<string, Localized>;
