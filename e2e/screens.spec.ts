import type { Browser } from '@playwright/test';
import { readAppRoutes, type AppRoute } from './app-routes';
import { admin, expect, test as base, type RunningApp } from './fixtures';
import { startStandardBooksSandbox } from '../src/standard-books-sandbox/sandbox';
import type { StandardBooksSandbox } from '../src/standard-books-sandbox/types';
import { prepareSbCompany, sbCompany, startFirstRunApp, startPreparedApp, type PreparedApp } from './prepared-app';
import {
  buttonsOffToTheSide,
  controlsOffScreen,
  cutValues,
  headerProblems,
  horizontalScroll,
  seriousAxeViolations,
  settle,
  widths,
} from './screen-checks';
import { screenPopups } from './screen-dialogs';
import { languages, type Language } from './texts';

/**
 * Every screen of the router and every dialog and menu of it, in Estonian and English, at 1440 and 390 px: no
 * critical or serious axe violation (WCAG 2.1 A/AA), no field showing a cut value, and on a phone no sideways
 * scrolling, a header on one line and every button of a dialog on the screen and pressable. The screens come from
 * the router, so a new screen is covered once routed.
 */

interface WorkerFixtures {
  /** The Standard Books the prepared app reads its own contacts from */
  standardBooks: StandardBooksSandbox;
  preparedApp: PreparedApp;
  /** An app with no user yet: the first-run page */
  firstRunApp: RunningApp;
}

let apps = 0;
const test = base.extend<object, WorkerFixtures>({
  // Each look opens its own browser context on a shared app: no app of the test's own, nor its origin header.
  baseURL: async ({}, use) => use(undefined),
  extraHTTPHeaders: async ({}, use) => use(undefined),
  standardBooks: [
    async ({}, use) => {
      const standardBooks = await startStandardBooksSandbox({
        companies: [{ companyNo: sbCompany.companyNo, contacts: 2 }],
        users: [{ username: sbCompany.username, password: sbCompany.password }],
      });
      prepareSbCompany(standardBooks);
      await use(standardBooks);
      await standardBooks.close();
    },
    { scope: 'worker' },
  ],
  preparedApp: [
    async ({ sandbox, standardBooks }, use, workerInfo) => {
      apps += 1;
      const app = await startPreparedApp(sandbox, standardBooks, `screens${workerInfo.workerIndex}x${apps}`);
      await use(app);
      await app.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  firstRunApp: [
    async ({ sandbox }, use) => {
      const app = await startFirstRunApp(sandbox);
      await use(app);
      await app.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

/** A value for each route parameter, so that a route with one is a screen to open. */
const sampleParams: Record<string, (app: PreparedApp) => string> = {
  code: (app) => app.closedContact, // a closed contact: its card asks before Edasta Smaily'sse
};

/** Routes that are not where they are seen from: the first-run page exists only while there is no user. */
const seenOnFirstRun = new Set(['/setup']);

function addressOf(route: AppRoute, app: PreparedApp): string {
  if (route.pattern === '*') return '/no-such-screen';
  return route.pattern.replace(/:(\w+)/g, (_, name: string) => {
    const sample = sampleParams[name];
    if (!sample) throw new Error(`no sample value for :${name} of ${route.pattern}: add one to sampleParams`);
    return encodeURIComponent(sample(app));
  });
}

/** Opens the screen at both widths, and each of its dialogs and menus; returns every problem found. */
async function lookAt(browser: Browser, app: RunningApp, address: string, route: AppRoute, language: Language) {
  const context = await browser.newContext({ baseURL: app.url, locale: language === 'et' ? 'et-EE' : 'en-GB' });
  await context.addInitScript((chosen) => window.localStorage.setItem('language', chosen), language);
  if (route.signedIn) {
    const response = await context.request.post('/api/auth/login', {
      data: { email: admin.email, password: admin.password },
      headers: { origin: app.url },
    });
    expect(response.status()).toBe(200);
  }
  const page = await context.newPage();
  // A screen left with unsaved changes asks the browser before the next address: leave.
  page.on('dialog', (question) => void question.accept());
  const popups = screenPopups[route.pattern] ?? [];
  const problems: string[] = [];
  for (const size of widths) {
    await page.setViewportSize(size);
    await page.goto(address);
    // A route that only forwards (an old address) is looked at where it leads, as a screen of its own.
    const landed = new URL(page.url()).pathname;
    if (landed !== address) {
      expect(routedPatterns, `${address} forwards to a screen of the router`).toContain(landed);
      break;
    }
    await settle(page, language);
    const where = `${address} (${language}, ${size.width} px)`;
    problems.push(...(await seriousAxeViolations(page, where)), ...(await cutValues(page, where)));
    if (size.name === 'phone') {
      problems.push(...(await horizontalScroll(page, where)), ...(await buttonsOffToTheSide(page, where)));
    }
    for (const popup of popups) {
      const opened = await popup.open(page, language);
      await expect(opened).toBeVisible();
      await settle(page, language);
      const named = `${popup.name} on ${where}`;
      const popupOnly = !popup.inScreen;
      problems.push(
        ...(await seriousAxeViolations(page, named, { popupOnly })),
        ...(await cutValues(page, named, { popupOnly })),
      );
      if (size.name === 'phone') {
        problems.push(...(await horizontalScroll(page, named)));
        if (popupOnly) problems.push(...(await controlsOffScreen(page, opened, named)));
        else problems.push(...(await buttonsOffToTheSide(page, named)));
      }
      await (popup.close ? popup.close(page, opened, language) : page.keyboard.press('Escape'));
      await expect(opened).toBeHidden();
    }
    // The header, once no dialog covers it (a screen may open with one).
    if (size.name === 'phone') problems.push(...(await headerProblems(page, where)));
  }
  await context.close();
  return problems;
}

const routes = readAppRoutes();
const routedPatterns = routes.map((route) => route.pattern);

for (const route of routes) {
  for (const language of languages) {
    const title = `${route.pattern} in ${language === 'et' ? 'Estonian' : 'English'}, with its dialogs`;
    if (seenOnFirstRun.has(route.pattern)) {
      test(title, async ({ browser, firstRunApp }) => {
        expect(await lookAt(browser, firstRunApp, route.pattern, route, language)).toEqual([]);
      });
    } else {
      test(title, async ({ browser, preparedApp }) => {
        expect(await lookAt(browser, preparedApp, addressOf(route, preparedApp), route, language)).toEqual([]);
      });
    }
  }
}
