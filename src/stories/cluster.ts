// Online clustering of a news stream into stories (after Miranda et al. 2018, "Multilingual
// Clustering of Streaming News"): each article, as it arrives, is compared with the stories active
// around its date and joins the most similar one when the similarity passes a threshold, or starts
// a new story. Articles are TF-IDF vectors over normalised stems (features.ts) with document
// frequencies learnt from the stream itself; a story is the sum of its articles' vectors, cut to
// its strongest terms. Candidates come from an inverted index of (term, week) → stories, so the
// cost per article does not grow with the number of stories.
import { termCounts, type Vector } from './features.js';

export interface ClusterOptions {
  /** Cosine similarity an article needs to join a story; default 0.15. */
  threshold?: number;
  /** Days an article may lie before the story's first or after its last article; default 3. */
  windowDays?: number;
}

/** A story as the clusterer sees it (and as the store keeps it between runs). */
export interface StoryState {
  id: number;
  size: number;
  /** Days since the epoch of the first and last dated article; null when none had a date. */
  first: number | null;
  last: number | null;
  centroid: Vector;
}

export interface ArticleInput {
  title?: string | null;
  text: string;
  /** ISO date (or date and time) of publication, when known. */
  published?: string | null;
  /** The article's raw term counts (termCounts of its title and text), when already counted. */
  terms?: Map<string, number>;
}

/** Documents assumed seen before the stream starts: a young stream's rare words do not outweigh all else. */
const IDF_PRIOR = 20;
const DOC_TERMS = 100;
const STORY_TERMS = 150;
const INDEX_TERMS = 25;
const QUERY_TERMS = 15;
const MAX_CANDIDATES = 40;
/** A (term, week) shared by more stories than this tells little: it is not looked up. */
const MAX_POSTINGS = 400;
/** Stories kept per term in the index of all weeks (the most recently changed), for undated articles. */
const ANY_WEEK_POSTINGS = 200;
const DAY = 86_400_000;
const UNDATED = 'u';
const ANY = '*';

export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

const weekOf = (day: number | null): string => (day === null ? UNDATED : String(Math.floor(day / 7)));

function top(v: Vector, n: number): [string, number][] {
  const all = [...v];
  if (all.length > n) all.sort((a, b) => b[1] - a[1]).length = n;
  return all;
}

function norm(v: Vector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export class StoryClusterer {
  readonly threshold: number;
  readonly windowDays: number;
  readonly stories = new Map<number, StoryState>();
  private readonly df = new Map<string, number>();
  private docs = 0;
  private nextId = 1;
  private readonly index = new Map<string, Set<number>>();
  private readonly indexed = new Map<number, string[]>();
  /** Stories changed and df entries counted since the last `takeChanges`. */
  private changed = new Set<number>();
  private dfDelta = new Map<string, number>();

  constructor(opts: ClusterOptions = {}) {
    this.threshold = opts.threshold ?? 0.15;
    this.windowDays = opts.windowDays ?? 3;
  }

  /** Start from a stored state: document frequencies, article count and the stories so far. */
  load(df: Iterable<[string, number]>, docs: number, stories: Iterable<StoryState>): void {
    for (const [t, n] of df) this.df.set(t, n);
    this.docs = docs;
    for (const s of stories) {
      this.stories.set(s.id, s);
      this.reindex(s);
      if (s.id >= this.nextId) this.nextId = s.id + 1;
    }
  }

  /** The article's TF-IDF vector (its strongest terms, unit length); counts it in the frequencies. */
  private vectorize(a: ArticleInput): Vector {
    const tf = a.terms ?? termCounts(a.title, a.text);
    this.docs++;
    for (const t of tf.keys()) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.dfDelta.set(t, (this.dfDelta.get(t) ?? 0) + 1);
    }
    const v: Vector = new Map();
    for (const [t, n] of tf)
      v.set(t, (1 + Math.log(n)) * Math.log((this.docs + IDF_PRIOR) / this.df.get(t)!));
    const kept = new Map(top(v, DOC_TERMS));
    const len = norm(kept) || 1;
    for (const [t, w] of kept) kept.set(t, w / len);
    return kept;
  }

  /** The story the article joins (or starts): its id and whether it is new. */
  assign(a: ArticleInput): { story: number; created: boolean; similarity: number } {
    const day = dayOf(a.published);
    const v = this.vectorize(a);
    let best: StoryState | null = null;
    let bestSim = 0;
    for (const s of this.candidates(v, day)) {
      const sim = this.similarity(v, s);
      if (sim > bestSim) [best, bestSim] = [s, sim];
    }
    if (best && bestSim >= this.threshold) {
      this.add(best, v, day);
      return { story: best.id, created: false, similarity: bestSim };
    }
    const s: StoryState = { id: this.nextId++, size: 0, first: day, last: day, centroid: new Map() };
    this.stories.set(s.id, s);
    this.add(s, v, day);
    return { story: s.id, created: true, similarity: bestSim };
  }

  private inWindow(s: StoryState, day: number | null): boolean {
    // an undated article may join any story, and an undated story take any article
    if (day === null || s.first === null || s.last === null) return true;
    return day >= s.first - this.windowDays && day <= s.last + this.windowDays;
  }

  /** Stories sharing the most strong terms with the article in the weeks around its date. */
  private candidates(v: Vector, day: number | null): StoryState[] {
    const weeks = day === null ? [ANY] : [UNDATED, ...[-1, 0, 1].map((d) => weekOf(day + d * 7))];
    const votes = new Map<number, number>();
    for (const [term] of top(v, QUERY_TERMS))
      for (const w of weeks) {
        const postings = this.index.get(`${term}@${w}`);
        if (!postings || (postings.size > MAX_POSTINGS && w !== ANY)) continue;
        for (const id of postings) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    const out: StoryState[] = [];
    for (const [id] of ranked) {
      const s = this.stories.get(id)!;
      if (this.inWindow(s, day)) out.push(s);
    }
    return out;
  }

  /** Centroid lengths, computed when first needed after a change. */
  private readonly norms = new Map<number, number>();

  private similarity(v: Vector, s: StoryState): number {
    let dot = 0;
    for (const [t, w] of v) dot += w * (s.centroid.get(t) ?? 0);
    let n = this.norms.get(s.id);
    if (n === undefined) this.norms.set(s.id, (n = norm(s.centroid)));
    return n ? dot / n : 0;
  }

  private add(s: StoryState, v: Vector, day: number | null): void {
    for (const [t, w] of v) s.centroid.set(t, (s.centroid.get(t) ?? 0) + w);
    if (s.centroid.size > STORY_TERMS * 2) s.centroid = new Map(top(s.centroid, STORY_TERMS));
    s.size++;
    this.norms.delete(s.id);
    if (day !== null) {
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
    }
    this.reindex(s);
    this.changed.add(s.id);
  }

  /** Index the story under its strongest terms in every week it spans. */
  private reindex(s: StoryState): void {
    for (const key of this.indexed.get(s.id) ?? []) this.index.get(key)?.delete(s.id);
    const weeks: string[] = [];
    if (s.first === null || s.last === null) weeks.push(UNDATED);
    else for (let d = s.first; d <= s.last + 6; d += 7) weeks.push(weekOf(Math.min(d, s.last)));
    weeks.push(ANY);
    const keys: string[] = [];
    for (const [term] of top(s.centroid, INDEX_TERMS))
      for (const w of new Set(weeks)) {
        const key = `${term}@${w}`;
        let set = this.index.get(key);
        if (!set) this.index.set(key, (set = new Set()));
        set.add(s.id);
        keys.push(key);
        if (w === ANY && set.size > ANY_WEEK_POSTINGS) set.delete(set.values().next().value!);
      }
    this.indexed.set(s.id, keys);
  }

  /** Stories changed and document-frequency increments since the last call (for the store). */
  takeChanges(): { stories: StoryState[]; df: Map<string, number>; docs: number } {
    const stories = [...this.changed].map((id) => this.stories.get(id)!);
    const df = this.dfDelta;
    this.changed = new Set();
    this.dfDelta = new Map();
    return { stories, df, docs: this.docs };
  }
}
