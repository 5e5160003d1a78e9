import type { HashedSubtree } from '@nguongoc/trace-core/merkle';
import { bytes, hex } from './_hex.js';

// A ledger row keeps its compact frontier, the right-edge perfect subtrees, as JSON
// `[[level, index, hashHex], …]` (ADR 007): an append reads it, adds one leaf, writes it back.

export function parseFrontier(text: string): HashedSubtree[] {
  return (JSON.parse(text) as [number, number, string][]).map(([level, index, hash]) => ({
    level,
    index,
    hash: bytes(hash),
  }));
}

export function formatFrontier(frontier: readonly HashedSubtree[]): string {
  return JSON.stringify(frontier.map(({ level, index, hash }) => [level, index, hex(hash)]));
}
