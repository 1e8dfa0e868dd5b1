// Hostile strings for the report's tests: each tries to leave the place it is put (text, a double-
// or single-quoted attribute, the JSON data block, a URL, a comment, a style) and to run script, load
// something from the network, or move the page. A payload that works sets window.__xss, raises a
// dialog or makes a request; the tests check that none of that ever happens.

export const PAYLOADS: string[] = [
  '<script>window.__xss=1</script>',
  '<script>alert(1)</script>',
  '</script><script>window.__xss=2</script>',
  '"><script>window.__xss=3</script>',
  "'><script>window.__xss=4</script>",
  '<img src=x onerror=window.__xss=5>',
  '"><img src=x onerror=alert(6)>',
  "'><img src=x onerror=alert(7)>",
  '<svg onload=window.__xss=8>',
  '<svg><script>window.__xss=9</script></svg>',
  '<iframe src="javascript:parent.__xss=10"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=11</script>"></iframe>',
  '<meta http-equiv="refresh" content="0;url=https://example.invalid/">',
  '<base href="https://example.invalid/">',
  '<link rel=stylesheet href="https://example.invalid/x.css">',
  '<style>@import "https://example.invalid/x.css";</style>',
  '<object data="https://example.invalid/x"></object>',
  '<embed src="https://example.invalid/x">',
  '<form action="https://example.invalid/"><button>go</button></form>',
  '<a href="javascript:window.__xss=20">click</a>',
  'javascript:window.__xss=21',
  'JaVaScRiPt:alert(22)',
  'data:text/html,<script>alert(23)</script>',
  'https://example.invalid/" onmouseover="window.__xss=24',
  "https://example.invalid/' onclick='alert(25)",
  'https://example.invalid/<script>alert(26)</script>',
  '<!--',
  '-->',
  ']]><script>window.__xss=29</script>',
  '<![CDATA[<script>window.__xss=30</script>]]>',
  '\u2028\u2029</script><script>window.__xss=31</script>',
  '{"docs":[]}</script><script>window.__xss=32</script>',
  '\\u003cscript\\u003ewindow.__xss=33\\u003c/script\\u003e',
  '&lt;script&gt;window.__xss=34&lt;/script&gt;',
  '<details open ontoggle=window.__xss=35>',
  '<video><source onerror=window.__xss=36></video>',
  '<body onload=window.__xss=37>',
  '<input autofocus onfocus=window.__xss=38>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=39>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=40>">',
  '<template><script>window.__xss=41</script></template>',
  '<textarea></textarea><script>window.__xss=42</script>',
  '\u202e<script>window.__xss=43</script>\u202c',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile payload, not a template
  '${window.__xss=44}',
  '" style="background:url(https://example.invalid/x.png)',
  '<div style="background-image:url(https://example.invalid/y.png)">x</div>',
  '<img srcset="https://example.invalid/z.png 1x">',
  '<a ping="https://example.invalid/p" href="#">p</a>',
];

/** Every string in a JSON value with a payload added (the same string always gets the same one, so ids still match). */
export function poison<T>(value: T, numbersToo = false): T {
  const seen = new Map<string, string>();
  let k = 0;
  const next = (s: string) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = `${s}${PAYLOADS[k++ % PAYLOADS.length]}`;
      seen.set(s, v);
    }
    return v;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return next(v);
    if (typeof v === 'number' && numbersToo) return PAYLOADS[k++ % PAYLOADS.length];
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([a, b]) => [a, walk(b)]));
    return v;
  };
  return walk(value) as T;
}
