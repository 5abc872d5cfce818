// Word lists for demo contacts: common Estonian first names, surnames, company words, streets and places.
export const firstNames = [
  'Mari', 'Jaan', 'Kati', 'Andres', 'Liis', 'Tõnu', 'Ülle', 'Märt', 'Kristiina', 'Priit', 'Anneli', 'Rein',
  'Triin', 'Margus', 'Kadri', 'Urmas', 'Piret', 'Toomas', 'Eha', 'Siim', 'Helle', 'Jüri', 'Maarja', 'Ott',
  'Külli', 'Sander', 'Õie', 'Rasmus', 'Ingrid', 'Mihkel', 'Merike', 'Tarmo', 'Signe', 'Kristjan', 'Ene', 'Raivo',
] as const;

export const lastNames = [
  'Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel', 'Oja', 'Lepik', 'Kallas',
  'Luik', 'Kivi', 'Lõhmus', 'Jõgi', 'Karu', 'Põder', 'Väli', 'Raudsepp', 'Vaher', 'Kuusk', 'Mets', 'Järv',
  'Sild', 'Kütt', 'Õunapuu', 'Tõnisson', 'Männik', 'Laur', 'Kuusik', 'Jürgenson', 'Aru', 'Külaots',
] as const;

export const companyWords = [
  'Ärma', 'Põhjala', 'Lõuna', 'Kadaka', 'Männiku', 'Pärli', 'Sõpruse', 'Tähe', 'Kalevi', 'Vahtra', 'Rannu',
  'Jõe', 'Metsa', 'Kivi', 'Raja', 'Nõmme', 'Künnapuu', 'Ülemiste', 'Vikerkaare', 'Merevaate', 'Hõbe', 'Kuldne',
] as const;

export const companyTrades = [
  'Ehitus', 'Puit', 'Tehnika', 'Logistika', 'Aiandus', 'Pagar', 'Trükikoda', 'Konsult', 'Mööbel', 'Toidukaubad',
  'Autoteenindus', 'Kinnisvara', 'Energia', 'Disain', 'Haldus', 'Kohvik', 'Turvateenused', 'IT', 'Koolitus',
] as const;

export const companySuffixes = ['OÜ', 'OÜ', 'OÜ', 'AS', 'MTÜ', 'FIE'] as const;

export const streets = [
  'Tartu mnt', 'Pärnu mnt', 'Narva mnt', 'Sõpruse pst', 'Mustamäe tee', 'Riia', 'Vabaduse pst', 'Tähe', 'Jõe',
  'Kesk', 'Pikk', 'Lõuna', 'Männi', 'Kase', 'Vahtra', 'Aia', 'Rüütli', 'Küütri', 'Ülikooli', 'Kalda tee',
] as const;

export const towns = [
  { postcode: '10115', town: 'Tallinn', county: 'Harju maakond' },
  { postcode: '11312', town: 'Tallinn', county: 'Harju maakond' },
  { postcode: '76505', town: 'Saue', county: 'Harju maakond' },
  { postcode: '51003', town: 'Tartu', county: 'Tartu maakond' },
  { postcode: '80010', town: 'Pärnu', county: 'Pärnu maakond' },
  { postcode: '30322', town: 'Kohtla-Järve', county: 'Ida-Viru maakond' },
  { postcode: '44307', town: 'Rakvere', county: 'Lääne-Viru maakond' },
  { postcode: '93815', town: 'Kuressaare', county: 'Saare maakond' },
  { postcode: '71020', town: 'Viljandi', county: 'Viljandi maakond' },
] as const;

export const mailDomains = ['eesti.test', 'post.test', 'mail.test', 'kodu.test'] as const;
