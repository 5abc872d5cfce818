/*
 * What a push of the Kliendiklass VKE must show, written down once from the demo's 300 contacts (seed 20261128)
 * and read against product.md "Rules of a push" — never worked out by the rules under test. Of the 58 VKE
 * contacts, four have no e-mail (index = code − 100001 with index % 23 = 5) and one is Suletud (index % 29 = 17);
 * none shares an e-mail with another VKE contact or has a malformed one. Five have "Ära koosta massmaile" (index
 * % 13 = 4) and go as unsubscribed.
 */

/**
 * The dialog's counts once VKE is chosen: selected, to send (and of them as unsubscribed), skipped with the skipped
 * by reason in their order.
 */
export const vkeCounts = [
  'Valitud kontakte: 58',
  'Edastatakse: 53 (neist loobununa 5)',
  'Jäetakse vahele: 5 (suletud 1, e-postita 4)',
];

/** The report's rows in code order: Kood, Nimi, E-post, Tulemus, Põhjus, Smaily kood, Smaily teade. */
export const vkeReportRows: string[][] = [
  ['100001', 'Ärma OÜ', 'info@arma.test', 'saadetud', '', '', ''],
  ['100004', 'Kalevi Ehitus OÜ', 'myyk@kalevi.ehitus.test', 'saadetud', '', '', ''],
  ['100007', 'Kadaka Mööbel FIE', 'myyk@kadaka.moobel.test', 'saadetud', '', '', ''],
  ['100008', 'Sõpruse Tehnika OÜ', 'kontor@sopruse.tehnika.test', 'saadetud', '', '', ''],
  ['100011', 'Ülemiste Konsult OÜ', 'info@ulemiste.konsult.test', 'saadetud', '', '', ''],
  ['100018', 'Kadaka Tehnika OÜ', 'maarja@kadaka.tehnika.test', 'saadetud', '', '', ''],
  ['100019', 'Metsa Turvateenused AS', 'kontor@metsa.turvateenused.test', 'saadetud', '', '', ''],
  ['100039', 'Ärma Energia OÜ', 'myyk@arma.energia.test', 'saadetud', '', '', ''],
  ['100043', 'Raja Energia MTÜ', 'mari@raja.energia.test', 'saadetud', '', '', ''],
  ['100048', 'Ärma Energia OÜ', 'myyk2@arma.energia.test', 'saadetud', '', '', ''],
  ['100049', 'Lõuna Kinnisvara OÜ', 'myyk@louna.kinnisvara.test', 'saadetud', '', '', ''],
  ['100052', 'Merevaate Puit OÜ', '', 'vahele jäetud', 'E-post puudub', '', ''],
  ['100055', 'Männiku Haldus FIE', 'myyk@manniku.haldus.test', 'saadetud', '', '', ''],
  ['100065', 'Hõbe Haldus MTÜ', 'kontor@hobe.haldus.test', 'saadetud', '', '', ''],
  ['100069', 'Tähe Aiandus AS', 'info@tahe.aiandus.test', 'saadetud', '', '', ''],
  ['100079', 'Kivi Toidukaubad FIE', 'info@kivi.toidukaubad.test', 'saadetud', '', '', ''],
  ['100092', 'Lõuna Puit OÜ', 'kontor@louna.puit.test', 'saadetud', '', '', ''],
  ['100097', 'Tähe Konsult OÜ', 'myyk@tahe.konsult.test', 'saadetud', '', '', ''],
  ['100098', 'Künnapuu Kinnisvara OÜ', '', 'vahele jäetud', 'E-post puudub', '', ''],
  ['100099', 'Männiku Energia OÜ', 'info@manniku.energia.test', 'saadetud', '', '', ''],
  ['100106', 'Vahtra Tehnika OÜ', 'myyk@vahtra.tehnika.test', 'saadetud', '', '', ''],
  ['100109', 'Vahtra Toidukaubad OÜ', 'info@vahtra.toidukaubad.test', 'saadetud', '', '', ''],
  ['100112', 'Sõpruse Tehnika OÜ', 'kontor2@sopruse.tehnika.test', 'saadetud', '', '', ''],
  ['100119', 'Künnapuu Toidukaubad OÜ', 'myyk@kunnapuu.toidukaubad.test', 'saadetud', '', '', ''],
  ['100128', 'Lõuna Logistika OÜ', 'myyk@louna.logistika.test', 'saadetud', '', '', ''],
  ['100135', 'Kivi Energia OÜ', 'urmas@kivi.energia.test', 'saadetud', '', '', ''],
  ['100136', 'Rannu Kohvik AS', 'info2@rannu.kohvik.test', 'saadetud', '', '', ''],
  ['100143', 'Kuldne IT FIE', 'info@kuldne.it.test', 'saadetud', '', '', ''],
  ['100147', 'Tähe Tehnika FIE', 'kontor@tahe.tehnika.test', 'saadetud', '', '', ''],
  ['100148', 'Kalevi Mööbel OÜ', 'info@kalevi.moobel.test', 'saadetud', '', '', ''],
  ['100151', 'Tähe Logistika OÜ', 'info@tahe.logistika.test', 'saadetud', '', '', ''],
  ['100156', 'Vikerkaare Disain OÜ', 'info@vikerkaare.disain.test', 'saadetud', '', '', ''],
  ['100171', 'Tähe Autoteenindus AS', 'myyk@tahe.autoteenindus.test', 'saadetud', '', '', ''],
  ['100180', 'Männiku Autoteenindus OÜ', 'ene@manniku.autoteenindus.test', 'saadetud', '', '', ''],
  ['100184', 'Vahtra Toidukaubad OÜ', 'info2@vahtra.toidukaubad.test', 'saadetud', '', '', ''],
  ['100193', 'Künnapuu Puit OÜ', 'kontor@kunnapuu.puit.test', 'saadetud', '', '', ''],
  ['100211', 'Kadaka Trükikoda OÜ', 'rein@kadaka.trukikoda.test', 'saadetud', '', '', ''],
  ['100212', 'Sõpruse Koolitus MTÜ', 'myyk@sopruse.koolitus.test', 'saadetud', '', '', ''],
  ['100213', 'Hõbe Konsult FIE', '', 'vahele jäetud', 'E-post puudub', '', ''],
  ['100224', 'Põhjala Puit AS', 'info@pohjala.puit.test', 'saadetud', '', '', ''],
  ['100231', 'Kalevi Tehnika FIE', 'myyk@kalevi.tehnika.test', 'saadetud', '', '', ''],
  ['100232', 'Rannu IT MTÜ', 'rasmus@rannu.it.test', 'saadetud', '', '', ''],
  ['100237', 'Sõpruse Tehnika FIE', 'helle@sopruse.tehnika.test', 'saadetud', '', '', ''],
  ['100245', 'Lõuna Puit OÜ', 'myyk@louna.puit.test', 'saadetud', '', '', ''],
  ['100246', 'Metsa IT OÜ', 'juri@metsa.it.test', 'saadetud', '', '', ''],
  ['100252', 'Rannu Aiandus OÜ', 'kontor@rannu.aiandus.test', 'saadetud', '', '', ''],
  ['100263', 'Lõuna IT OÜ', 'info@louna.it.test', 'saadetud', '', '', ''],
  ['100267', 'Ärma Autoteenindus OÜ', 'myyk@arma.autoteenindus.test', 'saadetud', '', '', ''],
  ['100269', 'Vikerkaare Trükikoda FIE', 'tonu@vikerkaare.trukikoda.test', 'saadetud', '', '', ''],
  ['100271', 'Sõpruse Koolitus AS', 'kontor@sopruse.koolitus.test', 'saadetud', '', '', ''],
  ['100275', 'Jõe Disain AS', 'info@joe.disain.test', 'saadetud', '', '', ''],
  ['100276', 'Künnapuu Koolitus AS', 'juri@kunnapuu.koolitus.test', 'saadetud', '', '', ''],
  ['100277', 'Sõpruse Puit OÜ', 'kontor@sopruse.puit.test', 'saadetud', '', '', ''],
  ['100279', 'Tähe IT MTÜ', 'kontor@tahe.it.test', 'vahele jäetud', 'Suletud', '', ''],
  ['100281', 'Merevaate Kohvik FIE', 'myyk@merevaate.kohvik.test', 'saadetud', '', '', ''],
  ['100282', 'Ärma Autoteenindus FIE', '', 'vahele jäetud', 'E-post puudub', '', ''],
  ['100288', 'Sõpruse Autoteenindus FIE', 'kontor@sopruse.autoteenindus.test', 'saadetud', '', '', ''],
  ['100292', 'Kivi Puit MTÜ', 'myyk@kivi.puit.test', 'saadetud', '', '', ''],
];
