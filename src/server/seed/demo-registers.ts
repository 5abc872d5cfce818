/** The demo's code lists: customer classes, classification and object types with their entries. */
export const demoCustomerClasses = [
  { code: 'ERA', name: 'Eraklient' },
  { code: 'VKE', name: 'Väikeettevõte' },
  { code: 'SUUR', name: 'Suurklient' },
  { code: 'PART', name: 'Partner' },
  { code: 'HULG', name: 'Hulgimüüja' },
] as const;

export const demoClassificationTypes = [
  { code: 'PIIRK', name: 'Piirkond' },
  { code: 'EMTAK', name: 'Tegevusala (EMTAK)' },
  { code: 'HUVI', name: 'Huvivaldkond' },
] as const;

export const demoClassifications = [
  { code: 'HARJU', name: 'Harjumaa', typeCode: 'PIIRK' },
  { code: 'TARTU', name: 'Tartumaa', typeCode: 'PIIRK' },
  { code: 'PARNU', name: 'Pärnumaa', typeCode: 'PIIRK' },
  { code: 'IDAVI', name: 'Ida-Virumaa', typeCode: 'PIIRK' },
  { code: 'LAANE', name: 'Lääne-Virumaa', typeCode: 'PIIRK' },
  { code: 'SAARE', name: 'Saaremaa', typeCode: 'PIIRK' },
  { code: 'VILJA', name: 'Viljandimaa', typeCode: 'PIIRK' },
  { code: 'EM4719', name: 'Jaemüük mittespetsialiseeritud kauplustes', typeCode: 'EMTAK' },
  { code: 'EM6201', name: 'Programmeerimine', typeCode: 'EMTAK' },
  { code: 'EM5610', name: 'Restoranid ja toitlustus', typeCode: 'EMTAK' },
  { code: 'EM4120', name: 'Hoonete ehitus', typeCode: 'EMTAK' },
  { code: 'EM0111', name: 'Teravilja kasvatus', typeCode: 'EMTAK' },
  { code: 'EM8559', name: 'Muu koolitus', typeCode: 'EMTAK' },
  { code: 'EM4941', name: 'Maanteekaubavedu', typeCode: 'EMTAK' },
  { code: 'UUDIS', name: 'Uudiskiri', typeCode: 'HUVI' },
  { code: 'KOOLIT', name: 'Koolitused', typeCode: 'HUVI' },
  { code: 'SOODUS', name: 'Sooduspakkumised', typeCode: 'HUVI' },
] as const;

export const demoObjectTypes = [
  { code: 'OSAK', name: 'Osakond' },
  { code: 'PROJ', name: 'Projekt' },
] as const;

export const demoObjects = [
  { code: 'MYYK', name: 'Müügiosakond', typeCode: 'OSAK' },
  { code: 'HOOLD', name: 'Hooldusosakond', typeCode: 'OSAK' },
  { code: 'TOOT', name: 'Tootmine', typeCode: 'OSAK' },
  { code: 'TALV25', name: 'Talvekampaania 2025', typeCode: 'PROJ' },
  { code: 'KEVAD26', name: 'Kevadmess 2026', typeCode: 'PROJ' },
  { code: 'PILOOT', name: 'Pilootprojekt', typeCode: 'PROJ' },
] as const;

/** The region classification of each demo town's county, so that a contact's address and PIIRK agree. */
export const regionOfCounty: Record<string, string> = {
  'Harju maakond': 'HARJU',
  'Tartu maakond': 'TARTU',
  'Pärnu maakond': 'PARNU',
  'Ida-Viru maakond': 'IDAVI',
  'Lääne-Viru maakond': 'LAANE',
  'Saare maakond': 'SAARE',
  'Viljandi maakond': 'VILJA',
};
