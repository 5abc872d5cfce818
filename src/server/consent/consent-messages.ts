import type { Language } from '../../shared/messages';
import type { SmailyFailure } from '../smaily/types';

type Text = Record<Language, string>;

/** Consent's refusals in both languages; `{reason}` is filled with why Smaily did not answer (failureText). */
export const consentMessages = {
  readFailed: {
    et: 'Smailyst ei saanud loobujate nimekirja lugeda: {reason}.',
    en: "Smaily's list of unsubscribers could not be read: {reason}.",
  },
  readFailedNothingSent: {
    et: 'Smailyst ei saanud loobujate nimekirja lugeda ({reason}), seega edastust ei alustatud ja midagi ei saadetud. Proovi mõne aja pärast uuesti.',
    en: "Smaily's list of unsubscribers could not be read ({reason}), so the push did not start and nothing was sent. Try again in a while.",
  },
  forgetFailed: {
    et: 'Smaily ei unustanud aadressi {email} ({reason}). Midagi ei muudetud: proovi uuesti.',
    en: 'Smaily did not forget {email} ({reason}). Nothing was changed: try again.',
  },
  forgetClosedFailed: {
    et: 'Smaily ei unustanud suletud kontaktide aadresse ({reason}): {done} aadressi {total}-st on unustatud. Edastust ei alustatud ja midagi ei saadetud.',
    en: "Smaily did not forget the closed contacts' addresses ({reason}): {done} of {total} are forgotten. The push did not start and nothing was sent.",
  },
  forgetCountChanged: {
    et: 'Unustatavate suletud kontaktide arv on vahepeal muutunud ({confirmed} → {now}). Vaata arvud üle ja kinnita uuesti.',
    en: 'The number of closed contacts to forget has changed meanwhile ({confirmed} → {now}). Check the counts and confirm again.',
  },
  emailChanged: {
    et: 'Kontakti e-post on vahepeal muutunud. Ava kaart uuesti ja kinnita praegune aadress.',
    en: "The contact's e-mail has changed meanwhile. Open the card again and confirm the current address.",
  },
  nothingToForget: {
    et: 'Kontaktil pole korrektset e-posti aadressi, mida Smailys unustada.',
    en: 'The contact has no valid e-mail address to forget in Smaily.',
  },
} as const satisfies Record<string, Text>;

const failureTexts = {
  unauthorized: {
    et: 'Smaily ei tunnistanud kasutajatunnust ja salasõna',
    en: 'Smaily did not accept the username and password',
  },
  unknownAccount: { et: 'Smaily kontot ei leitud', en: 'the Smaily account was not found' },
  noApiAccess: { et: 'Smaily API kasutajal pole API ligipääsu', en: 'the Smaily API user has no API access' },
  smailyError: { et: 'Smaily vastas koodiga {code}', en: 'Smaily answered with code {code}' },
  invalidResponse: { et: 'Smaily vastust ei saanud lugeda', en: "Smaily's answer could not be read" },
  noAnswer: { et: 'Smaily ei vastanud', en: 'Smaily did not answer' },
} as const satisfies Record<string, Text>;

function failureText(failure: SmailyFailure): Text {
  switch (failure.kind) {
    case 'unauthorized':
      return failureTexts.unauthorized;
    case 'unknown-account':
    case 'invalid-address':
      return failureTexts.unknownAccount;
    case 'no-api-access':
      return failureTexts.noApiAccess;
    case 'smaily-error':
      return {
        et: failureTexts.smailyError.et.replace('{code}', String(failure.code)),
        en: failureTexts.smailyError.en.replace('{code}', String(failure.code)),
      };
    case 'invalid-response':
    case 'unexpected-status':
      return failureTexts.invalidResponse;
    default:
      return failureTexts.noAnswer;
  }
}

/** A message with `{reason}` saying why Smaily failed, in each language, ready for a RequestError. */
export function withFailure(message: Text, failure: SmailyFailure): Text {
  const reason = failureText(failure);
  return {
    et: message.et.replace('{reason}', reason.et),
    en: message.en.replace('{reason}', reason.en),
  };
}
