import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '../src/_bytes.js';
import { _isPowerOfTwo } from '../src/merkle/tree-hash.js';
import {
  type HashedSubtree,
  MerkleLog,
  appendToFrontier,
  foldSubtrees,
  frontierSize,
  leafHash,
  rangeSubtrees,
} from '../src/merkle/index.js';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => utf8ToBytes(`leaf ${i}`));

/** MTH of a perfect subtree, computed from scratch. */
function subtreeHash(all: Uint8Array[], level: number, index: number): Uint8Array {
  const log = new MerkleLog();
  for (const leaf of all.slice(index * 2 ** level, (index + 1) * 2 ** level)) log.append(leaf);
  return log.root();
}

describe('compact frontier', () => {
  it('appends like MerkleLog: same root, and completes exactly the perfect subtrees (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 130 }), (n) => {
        const all = leaves(n);
        const log = new MerkleLog();
        let frontier: HashedSubtree[] = [];
        const completed: HashedSubtree[] = [];
        for (const leaf of all) {
          log.append(leaf);
          const step = appendToFrontier(frontier, leafHash(leaf));
          frontier = step.frontier;
          completed.push(...step.completed);
        }
        expect(frontier.map(({ level, index }) => ({ level, index }))).toEqual(rangeSubtrees(0, n));
        expect(frontierSize(frontier)).toBe(n);
        expect(foldSubtrees(frontier.map((s) => s.hash))).toEqual(log.root());
        // Every perfect subtree of the tree, once each: n leaves and n - popcount(n) inner nodes.
        const popcount = n.toString(2).replaceAll('0', '').length;
        expect(completed).toHaveLength(2 * n - popcount);
        for (const node of completed.filter((_, i) => i % 7 === 0)) {
          expect(node.hash).toEqual(subtreeHash(all, node.level, node.index));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rejects what is not a frontier', () => {
    const hash = new Uint8Array(32);
    expect(() =>
      frontierSize([
        { level: 0, index: 0 },
        { level: 1, index: 0 },
      ]),
    ).toThrow(RangeError);
    expect(() => frontierSize([{ level: 1, index: 1 }])).toThrow(RangeError);
    expect(() =>
      appendToFrontier(
        [
          { level: 2, index: 0, hash },
          { level: 2, index: 1, hash },
        ],
        hash,
      ),
    ).toThrow(RangeError);
    expect(() => appendToFrontier([], new Uint8Array(31))).toThrow(RangeError);
    expect(foldSubtrees([])).toEqual(new MerkleLog().root());
  });
});

describe('_isPowerOfTwo', () => {
  it('agrees with repeated doubling, below and above 2^31', () => {
    const powers = new Set<number>();
    for (let p = 1; p <= Number.MAX_SAFE_INTEGER; p *= 2) powers.add(p);
    const samples = [0, -1, -4, 0.5, 3, 6, 0x7fffffff, 2 ** 31 + 1, 2 ** 40 - 1, 2 ** 40 + 2];
    for (let n = 1; n <= 5000; n++) samples.push(n);
    for (const p of powers) samples.push(p, p - 1, p + 1);
    for (const n of samples) expect(_isPowerOfTwo(n), String(n)).toBe(powers.has(n));
  });
});
