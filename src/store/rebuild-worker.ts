// A worker thread of the dossier rebuild (rebuild.ts): it receives a story's stored material and
// answers with the dossier built and serialised as the store writes it, or the reason it failed.
import { parentPort, workerData } from 'node:worker_threads';
import { buildStoryDossier } from './dossiers.js';
import type { BuiltDossier, StoryMaterial } from './types.js';

export interface RebuildRequest {
  id: number;
  story: number;
  material: StoryMaterial;
}

export type RebuildReply = { id: number; built: BuiltDossier } | { id: number; error: string };

/** workerData of a rebuild worker; the marker keeps this module inert when merely imported. */
export const REBUILD_ROLE = 'isnad-rebuild';

if (parentPort && (workerData as { role?: string } | null)?.role === REBUILD_ROLE) {
  const port = parentPort;
  port.on('message', (req: RebuildRequest) => {
    let reply: RebuildReply;
    try {
      reply = { id: req.id, built: buildStoryDossier(req.story, req.material) };
    } catch (e) {
      reply = { id: req.id, error: (e as Error)?.message ?? String(e) };
    }
    port.postMessage(reply);
  });
}
