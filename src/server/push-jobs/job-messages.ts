/** The push API's refusals, in both languages; `{id}` is a job's number. */
export const jobMessages = {
  jobRunning: {
    et: 'Töö #{id} on pooleli. Oota, kuni see lõpeb, või katkesta see.',
    en: 'Job #{id} is still running. Wait for it to end, or cancel it.',
  },
  accountLockedByJob: {
    et: 'Töö #{id} on pooleli: selle ajal ei saa Smaily kontot muuta ega deaktiveerida.',
    en: 'Job #{id} is running: the Smaily account cannot be changed or deactivated meanwhile.',
  },
  smailyInactive: {
    et: 'Smaily liidestus pole aktiveeritud. Administraator aktiveerib selle vaates Üldine › Seadistused › E-teenuste seadistused.',
    en: 'The Smaily integration is not activated. An administrator activates it in General › Settings › E-services settings.',
  },
  needsReactivation: {
    et: 'Smaily liidestus tuleb uuesti aktiveerida (administraator, E-teenuste seadistused): salvestatud salasõna ei saa enam avada.',
    en: 'The Smaily integration must be activated again (an administrator, E-services settings): the saved password can no longer be opened.',
  },
  confirmAll: {
    et: 'Kinnita, et saadad kõik kontaktid',
    en: 'Confirm that every contact will be sent',
  },
  notResumable: {
    et: 'Töö #{id} pole peatunud: jätkata saab ainult tööd, mille Smaily peatas.',
    en: 'Job #{id} has not stopped: only a job that Smaily stopped can be resumed.',
  },
  addressChanged: {
    et: 'Smaily aadress on pärast töö #{id} algust muutunud ({from} → {to}), seega seda tööd ei saa jätkata. Saada selle saatmata kontaktid uuesti.',
    en: 'The Smaily address has changed since job #{id} started ({from} → {to}), so it cannot be resumed. Re-send its unsent contacts instead.',
  },
  alreadyEnded: {
    et: 'Töö #{id} on juba lõppenud',
    en: 'Job #{id} has already ended',
  },
  detailsDeleted: {
    et: 'Töö #{id} kontaktide tulemused on säilitusaja möödudes kustutatud, seega seda ei saa jätkata ega uuesti saata. Alusta uut tööd.',
    en: "Job #{id}'s per-contact outcomes were deleted when their retention period ended, so it can be neither resumed nor re-sent. Start a new job.",
  },
  nothingToResend: {
    et: 'Töös #{id} pole ebaõnnestunud ega saatmata kontakte',
    en: 'Job #{id} has no failed or unsent contacts',
  },
} as const;
