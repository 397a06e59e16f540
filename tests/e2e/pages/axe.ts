import type { Page } from '@playwright/test';

/**
 * axe-core's serious and critical findings on the page as it is now, one line each (rule, element,
 * what is wrong). axe is injected inline, so the test must `test.use({ bypassCSP: true })`.
 */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (d: Document, o: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => r.violations),
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`,
      ),
    );
}
