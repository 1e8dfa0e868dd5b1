// Claim groups, disagreements and estimates (placeholder until the reconciliation issue lands).
import type { DossierClaim, DossierClaimGroup, DossierDocument, DossierEntity, DossierEstimate } from "../types.js";

export function groupClaims(_claims: DossierClaim[], _entities: DossierEntity[], _docs: DossierDocument[]): { groups: DossierClaimGroup[]; estimates: DossierEstimate[] } {
  return { groups: [], estimates: [] };
}
