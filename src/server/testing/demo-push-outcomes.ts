import type { SmailyPayload } from '../../shared/mapping-engine';
import type { SkipReason } from '../../shared/push-rules';

/*
 * What a push of the demo contacts must do, written down once and checked by reading it against product.md
 * "Rules of a push" — never worked out by the code under test. A change of a rule, of the demo data or of the
 * test grid shows up here as a change of these lines.
 *
 * The demo (src/server/seed/demo-contacts.ts, seed 20261128) is the same for any count: its first 60 contacts are
 * the first 60 of 1 200. Its codes are 100001 on, so code order (as text) is the order they were made in, and the
 * rules' cases sit at fixed positions (index = code − 100001): no e-mail at index % 23 = 5, a malformed e-mail at
 * % 61 = 11, in capitals the e-mail of one of the 20 ordinary contacts before it at % 47 = 30, "Ära koosta
 * massmaile" at % 13 = 4 and Suletud at % 29 = 17 (the first of these that applies).
 */

export type ExpectedContact =
  { code: string; sent: SmailyPayload } | { code: string; skipped: SkipReason; duplicateOf?: string };

/**
 * The first 60 demo contacts, all of them (no filter), under testMappingRows (email, name, piirkond = the name of
 * the card's PIIRK classification, klass = the Kliendiklass code): each contact's outcome and, when sent, the
 * exact row Smaily gets. Consent: is_unsubscribed: 1 with "Ära koosta massmaile", otherwise no such key.
 */
export const first60DemoContacts: ExpectedContact[] = [
  { code: '100001', sent: { email: 'info@arma.test', name: 'Ärma OÜ', piirkond: 'Tartumaa', klass: 'VKE' } },
  {
    code: '100002',
    sent: { email: 'info@tahe.autoteenindus.test', name: 'Tähe Autoteenindus AS', piirkond: 'Harjumaa', klass: 'HULG' },
  },
  {
    code: '100003',
    sent: { email: 'piret.tonisson36@eesti.test', name: 'Piret Tõnisson', piirkond: 'Ida-Virumaa', klass: '' },
  },
  {
    code: '100004',
    sent: { email: 'myyk@kalevi.ehitus.test', name: 'Kalevi Ehitus OÜ', piirkond: 'Ida-Virumaa', klass: 'VKE' },
  },
  // Ära koosta massmaile.
  {
    code: '100005',
    sent: {
      email: 'kristjan.vaher33@mail.test',
      name: 'Kristjan Vaher',
      piirkond: 'Harjumaa',
      klass: 'ERA',
      is_unsubscribed: 1,
    },
  },
  // No e-mail.
  { code: '100006', skipped: 'no-email' },
  {
    code: '100007',
    sent: { email: 'myyk@kadaka.moobel.test', name: 'Kadaka Mööbel FIE', piirkond: 'Harjumaa', klass: 'VKE' },
  },
  {
    code: '100008',
    sent: { email: 'kontor@sopruse.tehnika.test', name: 'Sõpruse Tehnika OÜ', piirkond: 'Harjumaa', klass: 'VKE' },
  },
  {
    code: '100009',
    sent: { email: 'kontor@arma.ehitus.test', name: 'Ärma Ehitus MTÜ', piirkond: 'Harjumaa', klass: 'SUUR' },
  },
  {
    code: '100010',
    sent: { email: 'myyk@raja.trukikoda.test', name: 'Raja Trükikoda OÜ', piirkond: 'Pärnumaa', klass: 'PART' },
  },
  {
    code: '100011',
    sent: { email: 'info@ulemiste.konsult.test', name: 'Ülemiste Konsult OÜ', piirkond: 'Harjumaa', klass: 'VKE' },
  },
  // E-mail 'info@firma': no dot in the domain.
  { code: '100012', skipped: 'invalid-email' },
  { code: '100013', sent: { email: 'ott.sild40@kodu.test', name: 'Ott Sild', piirkond: 'Harjumaa', klass: 'ERA' } },
  { code: '100014', sent: { email: 'ene.kukk36@eesti.test', name: 'Ene Kukk', piirkond: 'Harjumaa', klass: 'ERA' } },
  {
    code: '100015',
    sent: { email: 'info@rannu.pagar.test', name: 'Rannu Pagar OÜ', piirkond: 'Harjumaa', klass: 'PART' },
  },
  {
    code: '100016',
    sent: {
      email: 'myyk@metsa.turvateenused.test',
      name: 'Metsa Turvateenused AS',
      piirkond: 'Tartumaa',
      klass: 'HULG',
    },
  },
  {
    code: '100017',
    sent: { email: 'raivo.kuusik50@kodu.test', name: 'Raivo Kuusik', piirkond: 'Tartumaa', klass: 'ERA' },
  },
  // Ära koosta massmaile.
  {
    code: '100018',
    sent: {
      email: 'maarja@kadaka.tehnika.test',
      name: 'Kadaka Tehnika OÜ',
      piirkond: 'Lääne-Virumaa',
      klass: 'VKE',
      is_unsubscribed: 1,
    },
  },
  {
    code: '100019',
    sent: {
      email: 'kontor@metsa.turvateenused.test',
      name: 'Metsa Turvateenused AS',
      piirkond: 'Harjumaa',
      klass: 'VKE',
    },
  },
  {
    code: '100020',
    sent: { email: 'myyk@raja.energia.test', name: 'Raja Energia MTÜ', piirkond: 'Viljandimaa', klass: 'SUUR' },
  },
  {
    code: '100021',
    sent: { email: 'triin.lepik87@kodu.test', name: 'Triin Lepik', piirkond: 'Tartumaa', klass: 'ERA' },
  },
  {
    code: '100022',
    sent: { email: 'myyk@vikerkaare.ehitus.test', name: 'Vikerkaare Ehitus MTÜ', piirkond: 'Harjumaa', klass: 'SUUR' },
  },
  {
    code: '100023',
    sent: { email: 'jaan@kuldne.puit.test', name: 'Kuldne Puit OÜ', piirkond: 'Ida-Virumaa', klass: 'SUUR' },
  },
  {
    code: '100024',
    sent: { email: 'ingrid.rebane69@post.test', name: 'Ingrid Rebane', piirkond: 'Pärnumaa', klass: 'ERA' },
  },
  {
    code: '100025',
    sent: { email: 'mihkel.ounapuu17@kodu.test', name: 'Mihkel Õunapuu', piirkond: 'Harjumaa', klass: 'ERA' },
  },
  {
    code: '100026',
    sent: { email: 'ott.lohmus76@kodu.test', name: 'Ott Lõhmus', piirkond: 'Lääne-Virumaa', klass: 'ERA' },
  },
  {
    code: '100027',
    sent: { email: 'urmas.luik42@mail.test', name: 'Urmas Luik', piirkond: 'Ida-Virumaa', klass: 'ERA' },
  },
  { code: '100028', sent: { email: 'ene.sepp76@post.test', name: 'Ene Sepp', piirkond: 'Pärnumaa', klass: 'ERA' } },
  // No e-mail.
  { code: '100029', skipped: 'no-email' },
  {
    code: '100030',
    sent: { email: 'kadri.sepp93@post.test', name: 'Kadri Sepp', piirkond: 'Lääne-Virumaa', klass: 'ERA' },
  },
  // E-mail 'MYYK@VIKERKAARE.EHITUS.TEST': 100022's in capitals, and 100022 comes first.
  { code: '100031', skipped: 'duplicate-email', duplicateOf: '100022' },
  {
    code: '100032',
    sent: { email: 'anneli.ounapuu79@eesti.test', name: 'Anneli Õunapuu', piirkond: 'Harjumaa', klass: 'ERA' },
  },
  {
    code: '100033',
    sent: { email: 'kulli.vaher10@kodu.test', name: 'Külli Vaher', piirkond: 'Harjumaa', klass: 'ERA' },
  },
  {
    code: '100034',
    sent: {
      email: 'ott@kuldne.turvateenused.test',
      name: 'Kuldne Turvateenused OÜ',
      piirkond: 'Lääne-Virumaa',
      klass: 'SUUR',
    },
  },
  {
    code: '100035',
    sent: { email: 'tarmo.mets92@kodu.test', name: 'Tarmo Mets', piirkond: 'Lääne-Virumaa', klass: 'ERA' },
  },
  {
    code: '100036',
    sent: {
      email: 'myyk@rannu.autoteenindus.test',
      name: 'Rannu Autoteenindus OÜ',
      piirkond: 'Saaremaa',
      klass: 'HULG',
    },
  },
  {
    code: '100037',
    sent: { email: 'myyk@hobe.energia.test', name: 'Hõbe Energia OÜ', piirkond: 'Pärnumaa', klass: 'HULG' },
  },
  { code: '100038', sent: { email: 'info@metsa.it.test', name: 'Metsa IT OÜ', piirkond: 'Pärnumaa', klass: '' } },
  {
    code: '100039',
    sent: { email: 'myyk@arma.energia.test', name: 'Ärma Energia OÜ', piirkond: 'Harjumaa', klass: 'VKE' },
  },
  {
    code: '100040',
    sent: { email: 'myyk@hobe.disain.test', name: 'Hõbe Disain OÜ', piirkond: 'Pärnumaa', klass: 'PART' },
  },
  {
    code: '100041',
    sent: { email: 'ene@kuldne.aiandus.test', name: 'Kuldne Aiandus MTÜ', piirkond: 'Viljandimaa', klass: '' },
  },
  { code: '100042', sent: { email: 'signe.vali48@mail.test', name: 'Signe Väli', piirkond: 'Harjumaa', klass: 'ERA' } },
  {
    code: '100043',
    sent: { email: 'mari@raja.energia.test', name: 'Raja Energia MTÜ', piirkond: 'Viljandimaa', klass: 'VKE' },
  },
  // Ära koosta massmaile.
  {
    code: '100044',
    sent: {
      email: 'kontor@kivi.logistika.test',
      name: 'Kivi Logistika OÜ',
      piirkond: 'Saaremaa',
      klass: 'HULG',
      is_unsubscribed: 1,
    },
  },
  {
    code: '100045',
    sent: { email: 'kontor@tahe.koolitus.test', name: 'Tähe Koolitus OÜ', piirkond: 'Harjumaa', klass: 'HULG' },
  },
  {
    code: '100046',
    sent: { email: 'kristjan.oja88@kodu.test', name: 'Kristjan Oja', piirkond: 'Harjumaa', klass: 'ERA' },
  },
  // Suletud, with a valid e-mail (myyk@kadaka.logistika.test) of its own.
  { code: '100047', skipped: 'closed' },
  {
    code: '100048',
    sent: { email: 'myyk2@arma.energia.test', name: 'Ärma Energia OÜ', piirkond: 'Ida-Virumaa', klass: 'VKE' },
  },
  {
    code: '100049',
    sent: { email: 'myyk@louna.kinnisvara.test', name: 'Lõuna Kinnisvara OÜ', piirkond: 'Tartumaa', klass: 'VKE' },
  },
  {
    code: '100050',
    sent: { email: 'info@kunnapuu.trukikoda.test', name: 'Künnapuu Trükikoda AS', piirkond: 'Tartumaa', klass: 'HULG' },
  },
  {
    code: '100051',
    sent: { email: 'maarja.kukk9@mail.test', name: 'Maarja Kukk', piirkond: 'Saaremaa', klass: 'ERA' },
  },
  // No e-mail.
  { code: '100052', skipped: 'no-email' },
  {
    code: '100053',
    sent: {
      email: 'kontor@kunnapuu.kinnisvara.test',
      name: 'Künnapuu Kinnisvara OÜ',
      piirkond: 'Tartumaa',
      klass: 'SUUR',
    },
  },
  {
    code: '100054',
    sent: { email: 'info@kuldne.koolitus.test', name: 'Kuldne Koolitus OÜ', piirkond: 'Tartumaa', klass: 'SUUR' },
  },
  {
    code: '100055',
    sent: { email: 'myyk@manniku.haldus.test', name: 'Männiku Haldus FIE', piirkond: 'Viljandimaa', klass: 'VKE' },
  },
  {
    code: '100056',
    sent: { email: 'myyk@parli.haldus.test', name: 'Pärli Haldus OÜ', piirkond: 'Pärnumaa', klass: 'HULG' },
  },
  // Ära koosta massmaile.
  {
    code: '100057',
    sent: {
      email: 'myyk@metsa.disain.test',
      name: 'Metsa Disain FIE',
      piirkond: 'Ida-Virumaa',
      klass: 'HULG',
      is_unsubscribed: 1,
    },
  },
  {
    code: '100058',
    sent: { email: 'juri.vali57@kodu.test', name: 'Jüri Väli', piirkond: 'Ida-Virumaa', klass: 'ERA' },
  },
  {
    code: '100059',
    sent: { email: 'ulle.kuusik68@eesti.test', name: 'Ülle Kuusik', piirkond: 'Harjumaa', klass: 'ERA' },
  },
  { code: '100060', sent: { email: 'eha.kuusik9@post.test', name: 'Eha Kuusik', piirkond: 'Saaremaa', klass: 'ERA' } },
];

/**
 * The skipped ones of the first 1 200 demo contacts, all of them (no filter), in code order, with the contact
 * that is sent instead of a duplicate; every other contact of the 1 200 is sent. 1 071 sent; skipped: 34
 * closed, 52 without e-mail, 19 with an invalid e-mail and 24 duplicates.
 */
export const skippedOf1200DemoContacts: [code: string, reason: SkipReason, duplicateOf?: string][] = [
  ['100006', 'no-email'],
  ['100012', 'invalid-email'],
  ['100029', 'no-email'],
  ['100031', 'duplicate-email', '100022'],
  ['100047', 'closed'],
  ['100052', 'no-email'],
  ['100073', 'invalid-email'],
  ['100075', 'no-email'],
  ['100076', 'closed'],
  ['100078', 'duplicate-email', '100055'],
  ['100098', 'no-email'],
  ['100105', 'closed'],
  ['100121', 'no-email'],
  ['100125', 'duplicate-email', '100119'],
  ['100134', 'invalid-email'],
  ['100144', 'no-email'],
  ['100163', 'closed'],
  ['100167', 'no-email'],
  ['100172', 'duplicate-email', '100158'],
  ['100190', 'no-email'],
  ['100192', 'closed'],
  ['100195', 'invalid-email'],
  ['100213', 'no-email'],
  ['100219', 'duplicate-email', '100214'],
  ['100221', 'closed'],
  ['100236', 'no-email'],
  ['100250', 'closed'],
  ['100256', 'invalid-email'],
  ['100259', 'no-email'],
  ['100266', 'duplicate-email', '100253'],
  ['100279', 'closed'],
  ['100282', 'no-email'],
  ['100305', 'no-email'],
  ['100308', 'closed'],
  ['100313', 'duplicate-email', '100312'],
  ['100317', 'invalid-email'],
  ['100328', 'no-email'],
  ['100337', 'closed'],
  ['100351', 'no-email'],
  ['100360', 'duplicate-email', '100353'],
  ['100366', 'closed'],
  ['100374', 'no-email'],
  ['100378', 'invalid-email'],
  ['100397', 'no-email'],
  ['100407', 'duplicate-email', '100396'],
  ['100420', 'no-email'],
  ['100424', 'closed'],
  ['100439', 'invalid-email'],
  ['100443', 'no-email'],
  ['100453', 'closed'],
  ['100454', 'duplicate-email', '100442'],
  ['100466', 'no-email'],
  ['100482', 'closed'],
  ['100489', 'no-email'],
  ['100500', 'invalid-email'],
  ['100501', 'duplicate-email', '100491'],
  ['100511', 'closed'],
  ['100512', 'no-email'],
  ['100535', 'no-email'],
  ['100540', 'closed'],
  ['100548', 'duplicate-email', '100539'],
  ['100558', 'no-email'],
  ['100561', 'invalid-email'],
  ['100569', 'closed'],
  ['100581', 'no-email'],
  ['100595', 'duplicate-email', '100584'],
  ['100598', 'closed'],
  ['100604', 'no-email'],
  ['100622', 'invalid-email'],
  ['100627', 'no-email'],
  ['100642', 'duplicate-email', '100639'],
  ['100650', 'no-email'],
  ['100656', 'closed'],
  ['100673', 'no-email'],
  ['100683', 'invalid-email'],
  ['100685', 'closed'],
  ['100689', 'duplicate-email', '100686'],
  ['100696', 'no-email'],
  ['100714', 'closed'],
  ['100719', 'no-email'],
  ['100736', 'duplicate-email', '100717'],
  ['100742', 'no-email'],
  ['100743', 'closed'],
  ['100744', 'invalid-email'],
  ['100765', 'no-email'],
  ['100783', 'duplicate-email', '100770'],
  ['100788', 'no-email'],
  ['100801', 'closed'],
  ['100805', 'invalid-email'],
  ['100811', 'no-email'],
  ['100830', 'duplicate-email', '100808'],
  ['100834', 'no-email'],
  ['100857', 'no-email'],
  ['100859', 'closed'],
  ['100866', 'invalid-email'],
  ['100877', 'duplicate-email', '100868'],
  ['100880', 'no-email'],
  ['100888', 'closed'],
  ['100903', 'no-email'],
  ['100917', 'closed'],
  ['100924', 'duplicate-email', '100921'],
  ['100926', 'no-email'],
  ['100927', 'invalid-email'],
  ['100946', 'closed'],
  ['100949', 'no-email'],
  ['100971', 'duplicate-email', '100969'],
  ['100972', 'no-email'],
  ['100975', 'closed'],
  ['100988', 'invalid-email'],
  ['100995', 'no-email'],
  ['101004', 'closed'],
  ['101018', 'no-email'],
  ['101033', 'closed'],
  ['101041', 'no-email'],
  ['101049', 'invalid-email'],
  ['101062', 'closed'],
  ['101064', 'no-email'],
  ['101065', 'duplicate-email', '101057'],
  ['101087', 'no-email'],
  ['101091', 'closed'],
  ['101110', 'no-email'],
  ['101112', 'duplicate-email', '101092'],
  ['101120', 'closed'],
  ['101133', 'no-email'],
  ['101156', 'no-email'],
  ['101159', 'duplicate-email', '101155'],
  ['101171', 'invalid-email'],
  ['101178', 'closed'],
  ['101179', 'no-email'],
];
