// What an escaped report looks like, for the XSS tests and the fuzzer: only the report's own tags,
// no event-handler attribute, no link or source that leaves the file or runs script.

/** Tags a payload could inject, with how many the report itself has. */
export const OWN_TAGS: Record<string, number> = {
  script: 2,
  img: 0,
  svg: 0,
  iframe: 0,
  meta: 5,
  base: 0,
  link: 0,
  style: 1,
  object: 0,
  embed: 0,
  form: 0,
  template: 0,
  textarea: 0,
  input: 0,
  video: 0,
  math: 0,
  body: 1,
};

/** What is wrong with the report's markup, or [] when every string in it was escaped. */
export function markupProblems(html: string): string[] {
  const out: string[] = [];
  // the map (one <svg>) is there when the story has located places
  const own = { ...OWN_TAGS, svg: html.includes('<section id="map">') ? 1 : 0 };
  for (const [tag, n] of Object.entries(own)) {
    const k = html.match(new RegExp(`<${tag}[\\s>/]`, 'gi'))?.length ?? 0;
    if (k !== n) out.push(`${k} <${tag}> tags, the report has ${n}`);
  }
  // every attribute of every tag, outside the script and style blocks (which hold no markup)
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const tag of markup.matchAll(/<([a-z][^\s>/]*)([^>]*)>/gi)) {
    for (const [, attr, value] of tag[2]!.matchAll(/\s([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      if (/^on/i.test(attr!)) out.push(`event handler attribute ${attr} in <${tag[1]}>`);
      if (
        /^(href|src|action|formaction|srcset|ping)$/i.test(attr!) &&
        /^["']?\s*(javascript|data|https?:\/\/example\.invalid)/i.test(value ?? '')
      )
        out.push(`${attr}=${value} in <${tag[1]}>`);
    }
    if (/^(details|dialog)$/i.test(tag[1]!) && /\sopen\b/.test(tag[2]!)) out.push(`<${tag[1]} open>`);
  }
  return out;
}
