// Escaping: every string that comes from the dossier goes through esc() (text and attributes, which
// are always double-quoted), or into the JSON block through jsonForScript(). The dossier is a file
// people pass around, so every field of it is untrusted (see untrusted.ts).
import { createHash } from 'node:crypto';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** JSON that can sit inside <script type="application/json">: no "<" (so no "</script>"), no "&" or ">". */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** A name or short string that may be Arabic or Latin, isolated so it cannot reorder its neighbours. */
export function name(s: string | null | undefined, fallback = '—'): string {
  if (!s) return `<span class="muted">${esc(fallback)}</span>`;
  return ARABIC.test(s) ? `<bdi class="ar" dir="rtl" lang="ar">${esc(s)}</bdi>` : `<bdi>${esc(s)}</bdi>`;
}

/** Only http(s) URLs become links; anything else (javascript:, data:, …) is shown as text. */
export function safeUrl(url: string | null): string {
  if (!url) return '';
  const u = url.trim();
  if (/^https?:\/\/[^\s"'<>`]+$/i.test(u))
    return `<a class="url" href="${esc(u)}" rel="noopener noreferrer nofollow" target="_blank">${esc(u)}</a>`;
  return `<span class="url muted">${esc(url)}</span>`;
}

/** The sha256 CSP source for an inline script's exact text. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
