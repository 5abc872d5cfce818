import type { ContactInput } from '../../shared/contacts';
import { foldEstonianLetters } from '../../shared/text';
import { regionOfCounty } from './demo-registers';
import {
  companySuffixes,
  companyTrades,
  companyWords,
  firstNames,
  lastNames,
  mailDomains,
  streets,
  towns,
} from './estonian-words';
import { createRandom, type Random } from './random';

export const demoSeed = 20261128;
export const firstDemoCode = 100001;

export interface DemoContact extends ContactInput {
  DateCreated: string;
}

const malformedEmails = [
  'mari.tamm@',
  'info@firma',
  'jaan tamm@eesti.test',
  'kontor@@ehitus.test',
  'tiina.kask.post.test',
];

function mailName(value: string): string {
  return foldEstonianLetters(value)
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function phone(random: Random, prefix: string, digits: number): string {
  let number = prefix;
  for (let i = 0; i < digits; i++) number += String(random.int(0, 9));
  return `+372 ${number}`;
}

/**
 * Where each rule of a push shows up in the demo, by position, so that even the smallest demo has every case:
 * contacts without e-mail, with a malformed one, sharing one e-mail in other case, opted out, and closed.
 */
function specialCase(index: number): 'noEmail' | 'malformed' | 'sharedEmail' | 'noMail' | 'closed' | null {
  if (index % 23 === 5) return 'noEmail';
  if (index % 61 === 11) return 'malformed';
  if (index % 47 === 30) return 'sharedEmail';
  if (index % 13 === 4) return 'noMail';
  if (index % 29 === 17) return 'closed';
  return null;
}

/** The address, or the same with a number after its local part when an earlier contact already has it. */
function uniqueEmail(email: string, used: Set<string>): string {
  const [local, domain] = email.split('@');
  let candidate = email;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${local}${n}@${domain}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Realistic Estonian contacts from a fixed seed: the same `count` always yields the same contacts. A generator,
 * so that 100 000 contacts never sit in memory at once. E-mail addresses use the reserved `.test` domain.
 */
export function* generateDemoContacts(count: number, seed = demoSeed): Generator<DemoContact> {
  const random = createRandom(seed);
  const recentEmails: string[] = [];
  const usedEmails = new Set<string>();
  for (let index = 0; index < count; index++) {
    const special = specialCase(index);
    const isCompany = index === 0 || random.chance(0.6);
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const town = random.pick(towns);
    const name =
      index === 0
        ? 'Ärma OÜ'
        : isCompany
          ? `${random.pick(companyWords)} ${random.pick(companyTrades)} ${random.pick(companySuffixes)}`
          : `${first} ${last}`;
    const domain = isCompany ? `${mailName(name.replace(/ (OÜ|AS|MTÜ|FIE)$/, ''))}.test` : random.pick(mailDomains);
    let email = isCompany
      ? `${random.pick(['info', 'kontor', 'myyk', mailName(first)])}@${domain}`
      : `${mailName(`${first}.${last}`)}${random.int(1, 99)}@${domain}`;
    // Real registers rarely repeat an address by accident: only the deliberate pairs below share one.
    email = uniqueEmail(email, usedEmails);
    if (special === 'noEmail') email = '';
    if (special === 'malformed') email = random.pick(malformedEmails);
    if (special === 'sharedEmail' && recentEmails.length > 0) email = random.pick(recentEmails).toUpperCase();
    if (email && special === null) {
      recentEmails.push(email);
      if (recentEmails.length > 20) recentEmails.shift();
    }

    const classifications = [regionOfCounty[town.county] ?? 'HARJU'];
    if (isCompany || random.chance(0.3))
      classifications.push(random.pick(['EM4719', 'EM6201', 'EM5610', 'EM4120', 'EM0111', 'EM8559', 'EM4941']));
    if (random.chance(0.35)) classifications.push(random.pick(['UUDIS', 'KOOLIT', 'SOODUS']));
    const objects: string[] = [];
    if (random.chance(0.4)) objects.push(random.pick(['MYYK', 'HOOLD', 'TOOT']));
    if (random.chance(0.2)) objects.push(random.pick(['TALV25', 'KEVAD26', 'PILOOT']));
    const created = new Date(Date.UTC(2023, 0, 1) + random.int(0, 1095) * 86_400_000 + random.int(0, 86_399) * 1000);

    yield {
      Code: String(firstDemoCode + index),
      Name: name,
      CustType: isCompany ? 0 : 1,
      CustCat: random.chance(0.05) ? '' : isCompany ? random.pick(['VKE', 'VKE', 'SUUR', 'PART', 'HULG']) : 'ERA',
      Classification: index % 3 === 0 ? shuffle(random, classifications) : classifications,
      eMail: email,
      Phone: isCompany || random.chance(0.3) ? phone(random, '6', 6) : '',
      Mobile: random.chance(0.7) ? phone(random, '5', 7) : '',
      Person: isCompany ? `${random.pick(firstNames)} ${random.pick(lastNames)}` : '',
      CountryCode: random.chance(0.95) ? 'EE' : random.pick(['FI', 'LV']),
      InvAddr0: `${random.pick(streets)} ${random.int(1, 120)}${random.chance(0.4) ? `-${random.int(1, 60)}` : ''}`,
      InvAddr1: `${town.postcode} ${town.town}`,
      InvAddr2: town.county,
      InvAddr3: '',
      InvAddr4: '',
      Objects: objects,
      VATNr: isCompany ? `EE10${random.int(1000000, 9999999)}` : '',
      RegNr1: isCompany ? String(random.int(10000000, 16999999)) : '',
      Comment: random.chance(0.05) ? 'Eelistab e-kirju' : '',
      NoMailPosting: special === 'noMail',
      blockedFlag: special === 'closed',
      DateCreated: created.toISOString(),
    };
  }
}
