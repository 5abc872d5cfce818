import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { text, type Language } from './texts';

/** The widths every screen is looked at: a desktop and a phone (iPhone 12–15). */
export const widths = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** Waits until the screen shows its data (no loader, nothing busy) and Mantine's transitions have ended. */
export async function settle(page: Page, language: Language): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByLabel(text(language, 'loading'))).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)));
}

/**
 * axe with the WCAG 2.1 A and AA rules; what it calls critical or serious is a problem, worded so that it can be
 * fixed from the test's output alone: the rule, where it failed and why.
 */
export async function seriousAxeViolations(
  page: Page,
  where: string,
  { popupOnly = false }: { popupOnly?: boolean } = {},
): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // With a dialog or menu open, the screen behind it was looked at already: only what is new.
  if (popupOnly) axe = axe.include('[role="dialog"]').include('[role="menu"]');
  const { violations } = await axe.analyze();
  return violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .flatMap((violation) =>
      violation.nodes.slice(0, 5).map((node) => {
        const why = node.failureSummary?.split('\n').slice(1).join(' ').trim();
        return `${where}: ${violation.impact} ${violation.id} at ${node.target.join(' ')} ${node.html.slice(0, 120)} — ${why}`;
      }),
    );
}

/** Whether the page scrolls sideways: something is wider than the screen. */
export async function horizontalScroll(page: Page, where: string): Promise<string[]> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  return scrollWidth > innerWidth ? [`${where}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`] : [];
}

type Box = { x: number; y: number; width: number; height: number };
const outside = (box: Box, width: number, height: number) =>
  box.x < 0 || box.y < 0 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5;

/**
 * Whether every button of a dialog (or item of a menu) can be reached and pressed: inside the screen once
 * scrolled into view, and not covered by anything (Playwright's trial click checks what the pointer would hit).
 * A disabled button need only be on the screen.
 */
export async function controlsOffScreen(page: Page, popup: Locator, where: string): Promise<string[]> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no viewport');
  const problems: string[] = [];
  const box = await popup.boundingBox();
  if (!box || box.x < 0 || box.x + box.width > viewport.width + 0.5)
    problems.push(`${where}: ${box ? `spans ${box.x}–${box.x + box.width} px` : 'is not shown'}`);
  const controls = popup.locator('button:visible, [role="menuitem"]:visible');
  const count = await controls.count();
  if (count === 0) problems.push(`${where}: has no buttons`);
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index);
    const name = `${where}: "${(await control.getAttribute('aria-label')) ?? (await control.innerText()).trim()}"`;
    await control.scrollIntoViewIfNeeded();
    const at = await control.boundingBox();
    if (!at || outside(at, viewport.width, viewport.height)) {
      problems.push(`${name} is off the screen (${JSON.stringify(at)})`);
      continue;
    }
    if (!(await control.isEnabled())) continue;
    await control.click({ trial: true, timeout: 2000 }).catch(() => problems.push(`${name} cannot be pressed`));
  }
  return problems;
}

/**
 * Fields whose value does not fit them: the text is wider than the field's inner width (a list's "Kliendiklass
 * (Cust…", a select's "Descriptio"), or a read-only text area's lines are taller than it (Süsteemi teade). A field may
 * scroll while typing, but what a screen shows must be whole.
 */
export async function cutValues(page: Page, where: string, { popupOnly = false } = {}): Promise<string[]> {
  const scope = popupOnly ? ['[role="dialog"]', '[role="menu"]'] : [''];
  const selector = scope.flatMap((root) => [`${root} input`, `${root} select`, `${root} textarea`]).join(', ');
  const cut = await page.evaluate((fieldSelector) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return [];
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(fieldSelector),
    ];
    return fields.flatMap((field) => {
      // A text area that shows something (read-only, as Süsteemi teade) rather than one being typed into.
      if (field instanceof HTMLTextAreaElement) {
        if (!field.readOnly || field.value === '' || field.offsetParent === null) return [];
        if (getComputedStyle(field).visibility === 'hidden') return [];
        const lines = field.value.split('\n')[0] ?? '';
        return field.scrollHeight > field.clientHeight + 1
          ? [`"${lines}…" (${field.scrollHeight} px of lines in ${field.clientHeight} px)`]
          : [];
      }
      if (field instanceof HTMLInputElement && !['text', 'search', 'email', ''].includes(field.type)) return [];
      const value = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value;
      if (value === '' || field.offsetParent === null) return [];
      const style = getComputedStyle(field);
      context.font = style.font;
      const inner = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = context.measureText(value).width;
      return width > inner + 1 ? [`"${value}" (${Math.round(width)} px in ${Math.round(inner)} px)`] : [];
    });
  }, selector);
  return cut.map((field) => `${where}: ${field} is cut`);
}

/** The header keeps one line: its title is whole and its buttons are on the screen. */
export async function headerProblems(page: Page, where: string): Promise<string[]> {
  const banner = page.getByRole('banner');
  if ((await banner.count()) === 0) return [];
  const titleCut = await banner
    .getByRole('heading')
    .evaluate((title) => title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1);
  return [
    ...(titleCut ? [`${where}: the header's title is cut`] : []),
    ...(await controlsOffScreen(page, banner, `the header of ${where}`)),
  ];
}

/**
 * Buttons a phone user would not find: beyond the screen's right edge, inside something that scrolls sideways
 * (a table's actions column). The page itself not scrolling is not enough.
 */
export async function buttonsOffToTheSide(page: Page, where: string): Promise<string[]> {
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button')].flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (control.offsetParent === null || box.width === 0) return [];
      if (box.left >= 0 && box.right <= window.innerWidth + 0.5) return [];
      return [control.getAttribute('aria-label') ?? control.textContent?.trim() ?? ''];
    }),
  );
  return hidden.map((name) => `${where}: "${name}" is off to the side`);
}
