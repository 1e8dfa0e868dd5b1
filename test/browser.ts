// Chromium for the browser tests: Debian's build, launched headless with nothing that reaches the network.
// Under CI (CI=true) a missing browser fails the run; elsewhere the tests skip and say why.

import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** false when Chromium is there, else why the browser tests of `what` skip (under CI: an error). */
export function browserSkip(what: string): string | false {
  if (existsSync(CHROMIUM)) return false;
  const reason = `no browser at ${CHROMIUM} (apt-get install chromium); skipping ${what}`;
  if (process.env.CI === 'true') throw new Error(`CI: ${reason}`);
  return reason;
}

/** A headless Chromium that makes no request of its own (updates, sync, QUIC, first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
