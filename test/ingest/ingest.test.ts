import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import zlib from 'node:zlib';
import { isProblem, readInputs, shownName } from '../../src/ingest/index.js';
import type { Document, InputProblem } from '../../src/types.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-ingest-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Write a file under the temp dir (creating folders) and return its path. */
function put(rel: string, content: string | Uint8Array): string {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

async function all(
  paths: string[],
  opts?: Parameters<typeof readInputs>[1],
): Promise<(Document | InputProblem)[]> {
  const out: (Document | InputProblem)[] = [];
  for await (const x of readInputs(paths, opts)) out.push(x);
  return out;
}

const docs = (xs: (Document | InputProblem)[]) => xs.filter((x): x is Document => !isProblem(x));
const problems = (xs: (Document | InputProblem)[]) => xs.filter(isProblem);

function toCp1256(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...s].map((ch) => table.get(ch)!));
}

const A = 'أعلنت وزارة الداخلية اليوم اعتقال خمسة مشتبه بهم.';
const B = 'ونقلت الوكالة عن شهود عيان أن الاشتباكات استمرت ساعتين.';

/** How a file given on the command line is named (outside the working folder: its file name). */
const named = (p: string) => shownName(p, p);

test('a .txt file: id from the name, text as decoded, source is its name, never an absolute path', async () => {
  const p = put('one/article-1.txt', A);
  const [d] = await all([p]);
  assert.deepEqual(d, { id: 'article-1', source: 'article-1.txt', text: A, encoding: 'utf-8' });
  // inside the working folder: the path relative to it; a folder outside: named from the folder down
  assert.equal(shownName('x/a.txt', 'x/a.txt', '/w'), path.join('x', 'a.txt'));
  assert.equal(shownName('/w/x', '/w/x/a.txt', '/w'), path.join('x', 'a.txt'));
  assert.equal(
    shownName('/home/me/news', '/home/me/news/sub/a.txt', '/w'),
    path.join('news', 'sub', 'a.txt'),
  );
  assert.equal(shownName('../a.txt', '../a.txt', '/w/v'), 'a.txt');
});

test('binary file and empty file become problems, not documents', async () => {
  const bin = put('bad/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  const empty = put('bad/empty.txt', '');
  const blank = put('bad/blank.txt', '  \n \n');
  assert.deepEqual(await all([bin, empty, blank]), [
    { source: named(bin), reason: 'binary file, not text' },
    { source: named(empty), reason: 'empty file' },
    { source: named(blank), reason: 'empty file' },
  ]);
});

test('a 50 MB file gets the size problem without being read', async () => {
  const p = path.join(tmp, 'big.txt');
  const fd = fs.openSync(p, 'w');
  fs.writeSync(fd, A);
  fs.ftruncateSync(fd, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
  fs.closeSync(fd);
  const out = await all([p]);
  assert.deepEqual(out, [
    {
      source: named(p),
      reason: 'file is 50 MB, over the 10 MB limit for one article (raise it with --max-file-size)',
    },
  ]);
  // and the limit can be raised / lowered
  assert.equal(docs(await all([put('small.txt', A)], { maxBytes: 10 })).length, 0);
});

test('windows-1256, UTF-8 with/without BOM, UTF-16 LE/BE files', async () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(A, 'utf16le')]);
  const be = Buffer.from(le.subarray(2)).swap16();
  const files = [
    put('enc/a-cp1256.txt', toCp1256(A)),
    put('enc/b-utf8.txt', A),
    put('enc/c-utf8bom.txt', '\ufeff' + A),
    put('enc/d-utf16le.txt', le),
    put('enc/e-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
  ];
  const out = docs(await all([path.join(tmp, 'enc')]));
  assert.deepEqual(
    out.map((d) => d.encoding),
    ['windows-1256', 'utf-8', 'utf-8', 'utf-16le', 'utf-16be'],
  );
  assert.deepEqual(
    out.map((d) => d.source),
    files.map((f) => shownName(path.join(tmp, 'enc'), f)),
  );
  for (const d of out) assert.equal(d.text, A);
});

test('a folder with mixed files: recursive, sorted, .txt/.jsonl/.jsonl.gz only', async () => {
  put('mixed/b.txt', B);
  put('mixed/a.txt', A);
  put('mixed/notes.md', '# not an article');
  put('mixed/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0]));
  put('mixed/sub/c.jsonl', JSON.stringify({ id: 'c1', text: A }) + '\n');
  put('mixed/sub/d.jsonl.gz', zlib.gzipSync(JSON.stringify({ id: 'd1', text: B }) + '\n'));
  put('mixed/sub/e.txt', new Uint8Array([0]));
  const out = await all([path.join(tmp, 'mixed')]);
  assert.deepEqual(
    out.map((x) => (isProblem(x) ? `problem ${path.basename(x.source)}` : x.id)),
    ['a', 'b', 'c1', 'd1', 'problem e.txt'],
  );
});

test('JSONL: a bad line in the middle is reported and the rest is still read', async () => {
  const lines = [
    JSON.stringify({
      id: 'n1',
      text: A,
      title: 'عنوان',
      published: '2021-03-04',
      outlet: 'وكالة',
      url: 'https://x.example/1',
    }),
    '',
    '{this is not json',
    JSON.stringify({ id: 'n2' }),
    JSON.stringify({ text: B }),
    JSON.stringify({ id: 'n3', text: 42 }),
    '[1,2]',
    JSON.stringify({ id: 'n4', text: '\ufeff' + B }),
  ];
  const f = put('feed.jsonl', lines.join('\r\n') + '\r\n');
  const p = named(f);
  const out = await all([f]);
  assert.deepEqual(
    out.map((x) => (isProblem(x) ? x.source : x.id)),
    ['n1', `${p}:3`, `${p}:4`, `${p}:5`, `${p}:6`, `${p}:7`, 'n4'],
  );
  const [n1, , , , , , n4] = out as Document[];
  assert.deepEqual(n1, {
    id: 'n1',
    source: `${p}#1`,
    text: A,
    title: 'عنوان',
    outlet: 'وكالة',
    url: 'https://x.example/1',
    publishedInput: '2021-03-04',
    encoding: 'utf-8',
  });
  assert.equal(n4!.text, '\ufeff' + B, 'no BOM stripping inside JSON strings');
  for (const x of problems(out)) assert.ok(x.reason.length > 10, x.reason);
  assert.match((out[1] as InputProblem).reason, /not valid JSON/);
  assert.match((out[2] as InputProblem).reason, /no "text"/);
  assert.match((out[3] as InputProblem).reason, /no id/);
  assert.match((out[4] as InputProblem).reason, /not a string/);
});

test('gzipped JSONL with the field names of the shared corpora', async () => {
  const lines = [
    {
      docno: 'X-1',
      src: 'outletA',
      title: 't1',
      time: 'Sun, 18 Feb 2018 21:35:43 +0400',
      text: A,
      url: 'u1',
    },
    { id: '2015-07-21#0', source: 'outletB', date_extracted: '2015-07-21 02:51:32', title: 't2', content: B },
  ].map((o) => JSON.stringify(o));
  const p = put('corpus.jsonl.gz', zlib.gzipSync(lines.join('\n')));
  const out = docs(await all([p]));
  assert.deepEqual(
    out.map((d) => [d.id, d.outlet, d.publishedInput, d.text]),
    [
      ['X-1', 'outletA', 'Sun, 18 Feb 2018 21:35:43 +0400', A],
      ['2015-07-21#0', 'outletB', '2015-07-21 02:51:32', B],
    ],
  );
});

test('a damaged gzip file: one problem, no throw', async () => {
  const good = zlib.gzipSync(
    Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `g${i}`, text: A })).join('\n'),
  );
  const p = put('cut.jsonl.gz', good.subarray(0, Math.floor(good.length / 2)));
  const out = await all([p]);
  const ps = problems(out);
  assert.equal(ps.length, 1);
  assert.equal(ps[0]!.source, named(p));
  assert.match(ps[0]!.reason, /gzip/);
  assert.ok(docs(out).length > 0, 'lines before the damage are kept');
  const notGz = put('plain.jsonl.gz', 'hello\n');
  assert.match(problems(await all([notGz]))[0]!.reason, /not a valid gzip/);
});

test('a missing path', async () => {
  const p = path.join(tmp, 'no', 'such.txt');
  assert.deepEqual(await all([p]), [{ source: named(p), reason: 'no such file or folder' }]);
});

test('duplicate ids: the first keeps it, later ones get ~2, ~3 with a problem', async () => {
  const x = put('dup/x/story.txt', A);
  const y = put('dup/y/story.txt', B);
  const j = put(
    'dup/z.jsonl',
    [
      { id: 'story', text: A },
      { id: 'story~2', text: B },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );
  const out = await all([path.join(tmp, 'dup')]);
  assert.deepEqual(
    out.map((o) => (isProblem(o) ? 'problem' : o.id)),
    ['story', 'problem', 'story~2', 'problem', 'story~3', 'problem', 'story~2~2'],
  );
  const p1 = out[1] as InputProblem;
  const dir = path.join(tmp, 'dup');
  assert.equal(p1.source, shownName(dir, y));
  assert.equal((p1 as { warning?: boolean }).warning, true, 'a renamed id is a note: the article was read');
  assert.match(p1.reason, new RegExp(`already used by ${shownName(dir, x).replace(/[.\\]/g, '\\$&')}`));
  assert.equal((out[4] as Document).source, `${shownName(dir, j)}#1`);
});

test('limit stops after N documents (and closes the stream)', async () => {
  const p = put(
    'many.jsonl',
    Array.from({ length: 100 }, (_, i) => JSON.stringify({ id: `m${i}`, text: A })).join('\n'),
  );
  const out = await all([p, p], { limit: 3 });
  assert.deepEqual(
    out.map((d) => (d as Document).id),
    ['m0', 'm1', 'm2'],
  );
});

test('an unreadable file gives the reason in words', {
  skip: process.getuid?.() === 0 ? 'running as root: permissions do not apply' : false,
}, async () => {
  const p = put('locked.txt', A);
  fs.chmodSync(p, 0o000);
  assert.deepEqual(await all([p]), [{ source: p, reason: 'permission denied: this user may not read it' }]);
});
