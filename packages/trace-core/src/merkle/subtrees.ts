import { aindex, abytes } from '../_assert.js';
import { HASH_SIZE, _isPowerOfTwo, _nodeHash, _splitPoint, emptyRoot } from './tree-hash.js';

// A Merkle log stored in a database keeps the hash of every perfect subtree (RFC 9162 calls
// them complete subtrees). Every hash a proof needs is either one of them or a fold of a few of
// them along the ragged right edge of the tree. These functions say *which* stored hashes a root
// or a proof needs, so that a store can fetch them in one query, and how to fold them. MerkleLog
// uses the same plans.

/** A perfect subtree: at `level` k it covers leaves [index * 2^k, (index + 1) * 2^k). */
export interface Subtree {
  level: number;
  index: number;
}

/** A perfect subtree with its hash, as kept in a frontier. */
export interface HashedSubtree extends Subtree {
  hash: Uint8Array;
}

/**
 * The perfect subtrees whose fold is MTH(D[start:end]) under RFC 9162 section 2.1.1's split
 * (left part the largest power of two smaller than the range), left to right. `start` must be
 * aligned as that recursion leaves it (true for every range a root or proof needs).
 */
export function rangeSubtrees(start: number, end: number): Subtree[] {
  const subtrees: Subtree[] = [];
  while (start < end) {
    const n = end - start;
    const size = _isPowerOfTwo(n) ? n : _splitPoint(n);
    subtrees.push({ level: Math.log2(size), index: start / size });
    start += size;
  }
  return subtrees;
}

/** Folds the hashes of {@link rangeSubtrees}, right to left: MTH of the range; SHA-256("") if none. */
export function foldSubtrees(hashes: readonly Uint8Array[]): Uint8Array {
  let root = hashes.at(-1);
  if (root === undefined) return emptyRoot();
  for (let i = hashes.length - 2; i >= 0; i--) root = _nodeHash(hashes[i]!, root);
  return root;
}

/**
 * The audit path of leaf `index` in the tree of `size` leaves (RFC 9162 section 2.1.3.1), as the
 * subtrees each proof element folds from, leaf-side element first.
 * @throws RangeError unless `index < size`.
 */
export function inclusionProofPlan(index: number, size: number): Subtree[][] {
  aindex(index, 'index');
  aindex(size, 'size');
  if (index >= size) throw new RangeError(`index: ${index} is not below the tree size ${size}`);
  const plan: Subtree[][] = [];
  let start = 0;
  let end = size;
  let m = index;
  // From the root down to the leaf; RFC order is the reverse.
  while (end - start > 1) {
    const k = _splitPoint(end - start);
    if (m < k) {
      plan.push(rangeSubtrees(start + k, end));
      end = start + k;
    } else {
      plan.push(rangeSubtrees(start, start + k));
      start += k;
      m -= k;
    }
  }
  return plan.reverse();
}

/**
 * The consistency proof between the trees of `size1` and `size2` leaves (RFC 9162 section
 * 2.1.4.1) as subtrees per proof element; empty when `size1` is 0 or equal to `size2`.
 * @throws RangeError unless `size1 <= size2`.
 */
export function consistencyProofPlan(size1: number, size2: number): Subtree[][] {
  aindex(size1, 'size1');
  aindex(size2, 'size2');
  if (size1 > size2) throw new RangeError(`size1: ${size1} is greater than size2 ${size2}`);
  if (size1 === 0 || size1 === size2) return [];
  const plan: Subtree[][] = [];
  let start = 0;
  let end = size2;
  let m = size1;
  let isWholeOldTree = true;
  while (m !== end - start) {
    const k = _splitPoint(end - start);
    if (m <= k) {
      plan.push(rangeSubtrees(start + k, end));
      end = start + k;
    } else {
      plan.push(rangeSubtrees(start, start + k));
      start += k;
      m -= k;
      isWholeOldTree = false;
    }
  }
  if (!isWholeOldTree) plan.push(rangeSubtrees(start, end));
  return plan.reverse();
}

/**
 * Appends a leaf hash to a compact frontier (the perfect subtrees of {@link rangeSubtrees}(0, n),
 * left to right) and returns the new frontier and the perfect subtrees that became complete, the
 * leaf itself first: exactly the rows a store must insert. O(log n) time and memory.
 * @throws RangeError if the frontier is not the frontier of some size, or the hash is not 32 bytes.
 */
export function appendToFrontier(
  frontier: readonly HashedSubtree[],
  leafHash: Uint8Array,
): { frontier: HashedSubtree[]; completed: HashedSubtree[] } {
  abytes(leafHash, 'leafHash', HASH_SIZE);
  const size = frontierSize(frontier);
  const next = [...frontier];
  let node: HashedSubtree = { level: 0, index: size, hash: leafHash };
  const completed: HashedSubtree[] = [node];
  while (next.length > 0 && next.at(-1)!.level === node.level) {
    const left = next.pop()!;
    node = { level: node.level + 1, index: left.index / 2, hash: _nodeHash(left.hash, node.hash) };
    completed.push(node);
  }
  next.push(node);
  return { frontier: next, completed };
}

/** The number of leaves a frontier covers, after checking that it is one. */
export function frontierSize(frontier: readonly Subtree[]): number {
  let size = 0;
  let previousLevel = Infinity;
  for (const { level, index } of frontier) {
    if (!(level < previousLevel) || index * 2 ** level !== size) {
      throw new RangeError('frontier: not the right-edge subtrees of a Merkle tree');
    }
    size += 2 ** level;
    previousLevel = level;
  }
  return size;
}
