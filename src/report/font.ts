// Embeds the Arabic font (Noto Naskh Arabic from @fontsource) into the report as base64 @font-face
// rules, so the report needs no network: only the arabic and latin subsets, weights 400 and 700.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Noto Naskh Arabic';
const PACKAGE = '@fontsource/noto-naskh-arabic';
const SUBSETS = ['arabic', 'latin'] as const;
const WEIGHTS = [400, 700] as const;

let cached: string | null = null;

/** The @font-face rules with the woff2 files inlined as data: URLs. Throws naming the file when one is missing. */
export function fontFaceCss(): string {
  if (cached !== null) return cached;
  // The package's main entry is index.css at its root; the font files sit in files/ beside it.
  const root = dirname(createRequire(import.meta.url).resolve(PACKAGE));
  const rules: string[] = [];
  for (const weight of WEIGHTS) {
    const css = readOptional(join(root, `${weight}.css`));
    for (const subset of SUBSETS) {
      const file = join(root, 'files', `noto-naskh-arabic-${subset}-${weight}-normal.woff2`);
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch (e) {
        throw new Error(
          `report font ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e}); is ${PACKAGE} installed?`,
        );
      }
      const range = unicodeRange(css, subset, weight);
      rules.push(
        `@font-face{font-family:"${FONT_FAMILY}";font-style:normal;font-weight:${weight};font-display:block;` +
          `src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2");` +
          (range ? `unicode-range:${range};` : '') +
          `}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The unicode-range the package's CSS gives a subset, so the browser picks the right file per character. */
function unicodeRange(css: string, subset: string, weight: number): string | null {
  const block = new RegExp(
    `/\\* noto-naskh-arabic-${subset}-${weight}-normal \\*/\\s*@font-face\\s*\\{([^}]*)\\}`,
  ).exec(css);
  const range = block?.[1] && /unicode-range:\s*([^;]+);/.exec(block[1])?.[1];
  // Only characters a unicode-range may hold, so nothing from the file can break out of the rule.
  return range && /^[U+0-9A-Fa-f?,\s-]+$/.test(range) ? range.trim() : null;
}
