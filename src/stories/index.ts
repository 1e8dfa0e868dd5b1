// Stage "stories": articles of a stream sorted into stories as they arrive (online clustering).

export { type BundleStory, bundleStories, bundleWarning } from './bundle.js';
export { type ArticleInput, type ClusterOptions, dayOf, StoryClusterer, type StoryState } from './cluster.js';
export { termCounts, type Vector } from './features.js';
