// Online clustering of a news stream into stories (after Miranda et al. 2018, "Multilingual
// Clustering of Streaming News"): each article, as it arrives, is compared with the stories active
// around its date and joins the most similar one when the similarity passes a threshold, or starts
// a new story. Articles are TF-IDF vectors over normalised stems (features.ts) with document
// frequencies learnt from the stream itself; a story is the sum of its articles' vectors, cut to
// its strongest terms. Candidates come from an inverted index of (term, week) → stories, so the
// cost per article does not grow with the number of stories. Terms are ids (terms.ts) and vectors
// typed arrays (sparse.ts): the stream's tens of thousands of stories stay small in memory.
import { termCounts, type Vector } from './features.js';
import * as sparse from './sparse.js';
import { ANY_WEEK, StoryIndex, UNDATED, weekSlot } from './story-index.js';
import { TermTable } from './terms.js';

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

export function dayOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

const weekOf = (day: number): number => Math.floor(day / 7);

/** A story as the clusterer holds it: the centroid over term ids, its length once computed. */
interface Story {
  id: number;
  size: number;
  first: number | null;
  last: number | null;
  centroid: sparse.SparseVector;
  length: number | null;
}

/** An article's vector (sorted by id, to add to a centroid; and in the article's own order, to take dot
 *  products in an order that survives a reload) and its strongest terms, to look candidates up with. */
interface ArticleVector {
  vector: sparse.SparseVector;
  ids: number[];
  weights: number[];
  query: number[];
}

export class StoryClusterer {
  readonly threshold: number;
  readonly windowDays: number;
  private readonly stories = new Map<number, Story>();
  private readonly terms = new TermTable();
  private readonly index = new StoryIndex();
  private docs = 0;
  private nextId = 1;
  /** Stories changed since the last `takeChanges`. */
  private changed = new Set<number>();

  constructor(opts: ClusterOptions = {}) {
    this.threshold = opts.threshold ?? 0.15;
    this.windowDays = opts.windowDays ?? 3;
  }

  /** How many stories there are. */
  get storyCount(): number {
    return this.stories.size;
  }

  /** Start from a stored state: document frequencies, article count and the stories so far. */
  load(df: Iterable<[string, number]>, docs: number, stories: Iterable<StoryState>): void {
    this.terms.load(df);
    this.docs = docs;
    for (const s of stories) {
      const centroid = sparse.fromPairs([...s.centroid].map(([t, w]) => [this.terms.id(t), w] as const));
      const story: Story = { id: s.id, size: s.size, first: s.first, last: s.last, centroid, length: null };
      this.stories.set(s.id, story);
      this.reindex(story);
      if (s.id >= this.nextId) this.nextId = s.id + 1;
    }
  }

  /** The article's TF-IDF vector (its strongest terms, unit length); counts it in the frequencies. */
  private vectorize(a: ArticleInput): ArticleVector {
    const tf = a.terms ?? termCounts(a.title, a.text);
    this.docs++;
    const weighted: [number, number][] = [];
    for (const [term, n] of tf) {
      const id = this.terms.id(term);
      const df = this.terms.count(id);
      weighted.push([id, (1 + Math.log(n)) * Math.log((this.docs + IDF_PRIOR) / df)]);
    }
    // strongest first (a stable sort: ties keep the article's order)
    if (weighted.length > DOC_TERMS) weighted.sort((x, y) => y[1] - x[1]).length = DOC_TERMS;
    let squares = 0;
    for (const [, w] of weighted) squares += w * w;
    const len = Math.sqrt(squares) || 1;
    const unit = weighted.map(([id, w]) => [id, w / len] as const);
    const query = (unit.length > QUERY_TERMS ? [...unit].sort((x, y) => y[1] - x[1]) : unit)
      .slice(0, QUERY_TERMS)
      .map(([id]) => id);
    return {
      vector: sparse.fromPairs(unit),
      ids: unit.map(([id]) => id),
      weights: unit.map(([, w]) => w),
      query,
    };
  }

  /** The story the article joins (or starts): its id and whether it is new. */
  assign(a: ArticleInput): { story: number; created: boolean; similarity: number } {
    const day = dayOf(a.published);
    const v = this.vectorize(a);
    let best: Story | null = null;
    let bestSim = 0;
    for (const s of this.candidates(v.query, day)) {
      const sim = this.similarity(v, s);
      if (sim > bestSim) [best, bestSim] = [s, sim];
    }
    if (best && bestSim >= this.threshold) {
      this.add(best, v.vector, day);
      return { story: best.id, created: false, similarity: bestSim };
    }
    const s: Story = {
      id: this.nextId++,
      size: 0,
      first: day,
      last: day,
      centroid: sparse.emptyVector(),
      length: null,
    };
    this.stories.set(s.id, s);
    this.add(s, v.vector, day);
    return { story: s.id, created: true, similarity: bestSim };
  }

  private inWindow(s: Story, day: number | null): boolean {
    // an undated article may join any story, and an undated story take any article
    if (day === null || s.first === null || s.last === null) return true;
    return day >= s.first - this.windowDays && day <= s.last + this.windowDays;
  }

  /** Stories sharing the most strong terms with the article in the weeks around its date. */
  private candidates(query: number[], day: number | null): Story[] {
    const slots =
      day === null ? [ANY_WEEK] : [UNDATED, ...[-1, 0, 1].map((d) => weekSlot(weekOf(day + d * 7)))];
    const votes = new Map<number, number>();
    for (const term of query)
      for (const slot of slots) {
        const postings = this.index.lookup(term, slot);
        if (!postings || (postings.length > MAX_POSTINGS && slot !== ANY_WEEK)) continue;
        for (const id of postings) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    const out: Story[] = [];
    for (const [id] of ranked) {
      const s = this.stories.get(id)!;
      if (this.inWindow(s, day)) out.push(s);
    }
    return out;
  }

  private similarity(v: ArticleVector, s: Story): number {
    s.length ??= sparse.length(s.centroid);
    return s.length ? sparse.dot(v.ids, v.weights, s.centroid) / s.length : 0;
  }

  /** Terms of equal weight in their terms' order: the ids change when a clusterer is reloaded. */
  private readonly tie: sparse.TieBreak = (a, b) => {
    const x = this.terms.term(a);
    const y = this.terms.term(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

  private add(s: Story, v: sparse.SparseVector, day: number | null): void {
    s.centroid = sparse.sum(s.centroid, v);
    if (s.centroid.ids.length > STORY_TERMS * 2)
      s.centroid = sparse.keepHeaviest(s.centroid, STORY_TERMS, this.tie);
    s.size++;
    s.length = null;
    if (day !== null) {
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
    }
    this.reindex(s);
    this.changed.add(s.id);
  }

  /** Index the story under its strongest terms in every week it spans. */
  private reindex(s: Story): void {
    const slots = new Set<number>();
    if (s.first === null || s.last === null) slots.add(UNDATED);
    else for (let d = s.first; d <= s.last + 6; d += 7) slots.add(weekSlot(weekOf(Math.min(d, s.last))));
    slots.add(ANY_WEEK);
    const strongest = sparse.heaviest(s.centroid, INDEX_TERMS, this.tie).map((k) => s.centroid.ids[k]!);
    this.index.file(s.id, strongest, [...slots], ANY_WEEK_POSTINGS);
  }

  /** The story as the store keeps it: its centroid with the terms spelled out. */
  private stateOf(s: Story): StoryState {
    const centroid: Vector = new Map();
    const { ids, weights } = s.centroid;
    for (let k = 0; k < ids.length; k++) centroid.set(this.terms.term(ids[k]!), weights[k]!);
    return { id: s.id, size: s.size, first: s.first, last: s.last, centroid };
  }

  /** Stories changed and document-frequency increments since the last call (for the store). */
  takeChanges(): { stories: StoryState[]; df: Map<string, number>; docs: number } {
    const stories = [...this.changed].map((id) => this.stateOf(this.stories.get(id)!));
    this.changed = new Set();
    return { stories, df: this.terms.takeDelta(), docs: this.docs };
  }
}
