/**
 * User-facing validation and error texts, shared by the server (which answers in the language the browser asks
 * for) and the browser (whose form resolver uses the same shared zod schemas). Schemas put a key of this catalog
 * in `message` for their own refinements; generic zod issues are described from their code and limits.
 */
export const languages = ['et', 'en'] as const;
export type Language = (typeof languages)[number];

type Text = Record<Language, string>;

const catalog = {
  required: { et: 'Kohustuslik väli', en: 'Required' },
  tooLong: { et: 'Kuni {max} märki', en: 'At most {max} characters' },
  tooShort: { et: 'Vähemalt {min} märki', en: 'At least {min} characters' },
  tooSmall: { et: 'Vähim lubatud väärtus on {min}', en: 'The smallest allowed value is {min}' },
  tooBig: { et: 'Suurim lubatud väärtus on {max}', en: 'The largest allowed value is {max}' },
  tooFewItems: { et: 'Vali vähemalt {min}', en: 'Choose at least {min}' },
  tooManyItems: { et: 'Kuni {max} valikut', en: 'At most {max} choices' },
  invalidValue: { et: 'Vigane väärtus', en: 'Invalid value' },
  invalidEmail: { et: 'Vigane e-posti aadress', en: 'Invalid e-mail address' },
  invalidFormat: { et: 'Vigane vorming', en: 'Invalid format' },
  controlCharacter: {
    et: 'Sisaldab lubamatut juhtmärki (nt tabulaator, reavahetus või NUL)',
    en: 'Contains a control character that is not allowed (e.g. a tab, line break or NUL)',
  },
  unknownField: { et: 'Tundmatu väli', en: 'Unknown field' },
  invalidCode: {
    et: 'Kood võib sisaldada tähti, numbreid ning märke . _ -',
    en: 'A code may contain letters, digits and . _ -',
  },
  codeImmutable: {
    et: 'Koodi ei saa pärast esimest salvestamist muuta',
    en: 'A code cannot change after the first save',
  },
  codeTaken: { et: 'See kood on juba kasutusel', en: 'This code is already in use' },
  companyNumber: { et: 'Firma nr on täisarv, nt 1', en: 'The company number is a whole number, e.g. 1' },
  noColon: { et: 'Kasutajatunnuses ei tohi olla koolonit', en: 'The user name must not contain a colon' },
  unknownCustomerClass: { et: 'Sellist kliendiklassi pole', en: 'No such customer class' },
  unknownClassification: { et: 'Tundmatu klassifikaator: {codes}', en: 'Unknown classification: {codes}' },
  unknownObject: { et: 'Tundmatu objekt: {codes}', en: 'Unknown object: {codes}' },
  duplicateValues: { et: 'Sama väärtus on mitu korda: {codes}', en: 'The same value appears more than once: {codes}' },
  oneObjectPerType: {
    et: 'Igast objektitüübist võib valida ühe objekti ({types})',
    en: 'Choose at most one object of each object type ({types})',
  },
  listTooLong: { et: 'Koodide loetelu on kokku üle {max} märgi', en: 'The list of codes exceeds {max} characters' },
  passwordsDiffer: { et: 'Salasõnad ei ühti', en: 'The passwords do not match' },
  passwordUnchanged: {
    et: 'Uus salasõna peab erinema praegusest',
    en: 'The new password must differ from the current one',
  },
  wrongCurrentPassword: { et: 'Praegune salasõna on vale', en: 'The current password is wrong' },
  emailTaken: { et: 'Selle e-postiga kasutaja on juba olemas', en: 'A user with this e-mail already exists' },
  signInRequired: { et: 'Logi sisse', en: 'Please sign in' },
  forbidden: { et: 'Sul pole selleks õigust', en: 'You are not allowed to do this' },
  crossOrigin: {
    et: 'Päring tuli teiselt aadressilt ja lükati tagasi',
    en: 'The request came from another origin and was refused',
  },
  wrongCredentials: { et: 'Vale e-post või salasõna', en: 'Wrong e-mail or password' },
  tooManyAttempts: {
    et: 'Liiga palju ebaõnnestunud sisselogimisi. Proovi uuesti {minutes} minuti pärast.',
    en: 'Too many failed sign-ins. Try again in {minutes} minutes.',
  },
  setupDone: { et: 'Esimene administraator on juba loodud', en: 'The first administrator already exists' },
  setupLocalOnly: {
    et: 'Esimese administraatori saab luua ainult serveri enda masinast',
    en: 'The first administrator can only be created from the server machine itself',
  },
  lastAdmin: {
    et: 'Viimast aktiivset administraatorit ei saa eemaldada ega kasutajaks muuta',
    en: 'The last active administrator cannot be removed or demoted',
  },
  badRequest: { et: 'Päring on vigane', en: 'The request is invalid' },
  requestTooLarge: {
    et: 'Päring on liiga suur: ühes päringus võib olla kuni {mb} MB.',
    en: 'The request is too large: one request may carry up to {mb} MB.',
  },
  checkFields: { et: 'Kontrolli välju', en: 'Please check the fields' },
  notFound: { et: 'Ei leitud', en: 'Not found' },
  serverError: {
    et: 'Serveris tekkis viga. Proovi uuesti; kui viga kordub, teata administraatorile.',
    en: 'The server ran into an error. Try again; if it persists, tell your administrator.',
  },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof catalog;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalog, value);
}

export type MessageParams = Record<string, string | number>;

export function translate(key: MessageKey, language: Language, params: MessageParams = {}): string {
  return fill(catalog[key][language], params);
}

/** A text for the user: a key of this catalog, or a feature's own text in both languages. */
export type Localized = MessageKey | Text;

export function localize(text: Localized, language: Language, params: MessageParams = {}): string {
  return typeof text === 'string' ? translate(text, language, params) : fill(text[language], params);
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The parts of a zod issue (zod's own or as fastify-type-provider-zod forwards it) that a message needs. */
export interface IssueLike {
  code: string;
  message?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  params?: MessageParams;
}

export function describeIssue(issue: IssueLike, language: Language): string {
  const say = (key: MessageKey, params?: MessageParams) => translate(key, language, params);
  if (issue.message && isMessageKey(issue.message)) return say(issue.message, issue.params);
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of its issues unless asked; its message still says what was received.
      return issue.input === undefined && /received (undefined|null)$/.test(issue.message ?? 'received undefined')
        ? say('required')
        : say('invalidValue');
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? say('required') : say('tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return say('tooFewItems', { min });
      return say('tooSmall', { min });
    case 'too_big':
      if (issue.origin === 'string') return say('tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return say('tooManyItems', { max });
      return say('tooBig', { max });
    case 'invalid_format':
      return issue.format === 'email' ? say('invalidEmail') : say('invalidFormat');
    case 'unrecognized_keys':
      return say('unknownField');
    default:
      return say('invalidValue');
  }
}

/** Picks the language of a request from its Accept-Language header; Estonian unless English is preferred. */
export function languageFromHeader(header: string | undefined): Language {
  const first = header?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'et';
}

/** A size in megabytes each language's own way: "1,5" in Estonian, "1.5" in English. */
export function megabytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language === 'et' ? 'et-EE' : 'en-GB', { maximumFractionDigits: 2 }).format(
    bytes / (1024 * 1024),
  );
}
