import { expect, type Locator, type Page } from '@playwright/test';
import { paths } from '../src/web/lib/paths';
import { text, textStart, type Language } from './texts';

/** A dialog or a menu of a screen: how a user opens it, and how it is closed again. */
export interface Popup {
  name: string;
  open: (page: Page, language: Language) => Promise<Locator>;
  /** @default Escape */
  close?: (page: Page, popup: Locator, language: Language) => Promise<void>;
  /** A part of the screen shown on request (not a dialog or a menu): the checks look at the whole page. */
  inScreen?: boolean;
}

const dialog = (page: Page) => page.getByRole('dialog');
const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: true });

/** Through the module menu; on a phone it is behind the burger. */
async function goByMenu(page: Page, language: Language, screen: string) {
  const burger = page.getByRole('button', { name: text(language, 'nav.toggle') });
  if (await burger.isVisible()) await burger.click();
  await page
    .getByRole('navigation', { name: text(language, 'nav.label') })
    .getByRole('link', { name: text(language, screen), exact: true })
    .click();
}

const unsavedChanges = (makeChange: (page: Page, language: Language) => Promise<void>): Popup => ({
  name: 'Salvestamata muudatused',
  open: async (page, language) => {
    await makeChange(page, language);
    await goByMenu(page, language, 'nav.contacts');
    return dialog(page);
  },
  close: async (page, _popup, language) => {
    await button(page, text(language, 'unsavedChanges.stay')).click();
  },
});

/** A part of the screen shown on request goes away with a reload. */
const reload = async (page: Page) => {
  await page.reload();
};

const cancelButton = async (_page: Page, popup: Locator, language: Language) => {
  await popup.getByRole('button', { name: text(language, 'cancel'), exact: true }).click();
};

const registerPopups: Popup[] = [
  {
    name: 'a new entry',
    open: async (page, language) => {
      await page
        .getByRole('button', { name: textStart(language, 'new') })
        .first()
        .click();
      return dialog(page);
    },
  },
  {
    name: 'deleting an entry',
    open: async (page, language) => {
      await page
        .getByRole('button', { name: textStart(language, 'registers:deleteEntry') })
        .first()
        .click();
      return dialog(page);
    },
    close: cancelButton,
  },
];

/**
 * The dialogs and menus of each screen, by the screen's route pattern (the screens themselves come from the
 * router). A screen without an entry has none; the header's menu and dialog are looked at on Kontaktid.
 */
export const screenPopups: Record<string, Popup[]> = {
  [paths.contacts]: [
    {
      name: 'the user menu',
      open: async (page, language) => {
        await button(page, text(language, 'userMenu')).click();
        return page.getByRole('menu');
      },
    },
    {
      name: 'Muuda oma salasõna',
      open: async (page, language) => {
        await button(page, text(language, 'userMenu')).click();
        await page.getByRole('menuitem', { name: text(language, 'users:ownPassword.open') }).click();
        return dialog(page);
      },
    },
  ],
  [paths.newContact]: [
    unsavedChanges(async (page, language) => {
      await page.getByRole('textbox', { name: language === 'et' ? 'Nimi' : 'Name', exact: true }).fill('Uus');
    }),
  ],
  [paths.contactPattern]: [
    {
      name: 'Operatsioonid',
      open: async (page, language) => {
        await button(page, text(language, 'contacts:push.operations')).click();
        return page.getByRole('menu');
      },
    },
    {
      name: 'Unusta Smailys',
      open: async (page, language) => {
        await button(page, text(language, 'contacts:push.operations')).click();
        await page.getByRole('menuitem', { name: text(language, 'contacts:push.forgetMenuItem') }).click();
        return dialog(page);
      },
      close: cancelButton,
    },
    {
      name: "Smaily's own view of the contact",
      open: async (page, language) => {
        await button(page, text(language, 'contacts:smailyView.show')).click();
        const view = page.getByRole('region', { name: text(language, 'contacts:smailyView.title') });
        await expect(view.getByRole('status')).not.toHaveText(text(language, 'contacts:smailyView.reading'));
        return view;
      },
      close: reload,
      inScreen: true,
    },
    {
      name: "Edasta Smaily'sse of a closed contact",
      open: async (page, language) => {
        await button(page, text(language, 'contacts:push.operations')).click();
        await page.getByRole('menuitem', { name: text(language, 'contacts:push.menuItem') }).click();
        return dialog(page);
      },
      close: cancelButton,
    },
  ],
  [paths.customerClasses]: registerPopups,
  [paths.classifications]: registerPopups,
  [paths.objects]: registerPopups,
  [paths.smailyPush]: [
    {
      // As a Standard Books maintenance, the screen opens straight into its dialog: the määramisaken.
      name: 'the määramisaken it opens with',
      open: async (page, language) => {
        await expect(dialog(page).getByRole('status')).not.toHaveText(text(language, 'push-jobs:form.counting'));
        return dialog(page);
      },
    },
    {
      name: "a job's summary",
      open: async (page, language) => {
        await page
          .getByRole('link', { name: textStart(language, 'push-jobs:openJob') })
          .first()
          .click();
        return dialog(page);
      },
    },
    {
      name: 'forgetting the closed contacts, asked before Käivita',
      open: async (page, language) => {
        await page.goto(paths.smailyPush); // which opens into the määramisaken
        const form = dialog(page);
        await expect(form.getByRole('status')).not.toHaveText(text(language, 'push-jobs:form.counting'));
        await form.getByRole('checkbox', { name: textStart(language, 'push-jobs:forgetClosed.label') }).check();
        await form.getByRole('checkbox', { name: text(language, 'push-jobs:form.confirmAll') }).check();
        await form.getByRole('button', { name: text(language, 'push-jobs:form.run') }).click();
        return page.getByRole('dialog', { name: textStart(language, 'push-jobs:forgetClosed.title') });
      },
      // Cancelled, and then the määramisaken under it closed too.
      close: async (page, popup, language) => {
        await cancelButton(page, popup, language);
        await expect(popup).toBeHidden();
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toHaveCount(0);
      },
    },
  ],
  [paths.syncLog]: [
    {
      name: "an entry's details",
      open: async (page, language) => {
        await page
          .getByRole('button', { name: text(language, 'sync-log:showDetails') })
          .first()
          .click();
        return page.getByRole('definition').first();
      },
      close: reload,
      inScreen: true,
    },
  ],
  [paths.standardBooks]: [
    {
      name: 'the connection dialog',
      open: async (page, language) => {
        await button(page, text(language, 'standard-books-sync:connection.change')).click();
        return dialog(page);
      },
    },
    {
      name: 'Deaktiveeri',
      open: async (page, language) => {
        await button(page, text(language, 'standard-books-sync:connection.deactivate')).click();
        return dialog(page);
      },
      close: cancelButton,
    },
  ],
  [paths.smailyFields]: [
    unsavedChanges(async (page, language) => {
      await button(page, text(language, 'smaily-fields:addRow')).click();
    }),
  ],
  [paths.eServices]: [
    {
      name: 'the activation dialog',
      open: async (page, language) => {
        await button(page, text(language, 'smaily-account:activate')).click();
        return dialog(page);
      },
    },
    {
      name: 'Deaktiveeri',
      open: async (page, language) => {
        await button(page, text(language, 'smaily-account:deactivate')).click();
        return dialog(page);
      },
      close: cancelButton,
    },
  ],
  [paths.users]: [
    {
      name: 'a new user',
      open: async (page, language) => {
        await button(page, text(language, 'users:create.open')).click();
        return dialog(page);
      },
    },
    {
      name: "a user's actions",
      open: async (page, language) => {
        await page
          .getByRole('button', { name: textStart(language, 'users:actionsFor') })
          .last()
          .click();
        return page.getByRole('menu');
      },
    },
    {
      name: 'a new password for a user',
      open: async (page, language) => {
        await page
          .getByRole('button', { name: textStart(language, 'users:actionsFor') })
          .last()
          .click();
        await page.getByRole('menuitem', { name: text(language, 'users:reset.open') }).click();
        return dialog(page);
      },
    },
  ],
};
