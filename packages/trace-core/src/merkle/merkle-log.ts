import { abytes, aindex } from '../_assert.js';
import {
  type Subtree,
  consistencyProofPlan,
  foldSubtrees,
  inclusionProofPlan,
  rangeSubtrees,
} from './subtrees.js';
import { HASH_SIZE, _nodeHash, leafHash } from './tree-hash.js';

/**
 * An append-only RFC 6962 / RFC 9162 Merkle log held in memory.
 *
 * It keeps the hash of every perfect subtree: level `k` holds the roots of the aligned subtrees of
 * `2^k` leaves, so level 0 is the leaf hashes. An append writes one leaf hash and at most
 * `log2(n)` parent hashes (amortised one), the root of any earlier size is the fold of at most
 * `log2(n)` stored subtrees, and inclusion and consistency proofs read O(log n) stored hashes
 * (O(log² n) hashing in the worst case for the ragged right edge). Memory is about 64 bytes a leaf.
 *
 * @example
 * const log = new MerkleLog();
 * log.append(new TextEncoder().encode('hello'));
 * verifyInclusion({ leafHash: log.leafHash(0), leafIndex: 0, treeSize: 1, proof: log.inclusionProof(0), root: log.root() }); // true
 */
export class MerkleLog {
  #levels: Uint8Array[] = [];
  #size = 0;

  /** Rebuilds a log from its leaf hashes in order (e.g. when a store reopens). */
  static fromLeafHashes(hashes: Iterable<Uint8Array>): MerkleLog {
    const log = new MerkleLog();
    for (const hash of hashes) log.appendLeafHash(hash);
    return log;
  }

  /** Number of leaves. */
  get size(): number {
    return this.#size;
  }

  /** Appends `leafHash(data)` and returns its index. */
  append(data: Uint8Array): number {
    return this.#appendHash(leafHash(data));
  }

  /** Appends an already computed 32-byte leaf hash and returns its index. */
  appendLeafHash(hash: Uint8Array): number {
    abytes(hash, 'hash', HASH_SIZE);
    return this.#appendHash(hash);
  }

  /** The stored hash of leaf `index` (a copy). */
  leafHash(index: number): Uint8Array {
    this.#checkIndex(index, this.#size, 'index');
    return this.#node(0, index).slice();
  }

  /**
   * The Merkle Tree Hash of the first `size` leaves (RFC 9162 section 2.1.1); SHA-256("") for 0.
   * @throws RangeError if `size` is greater than the log.
   */
  root(size: number = this.#size): Uint8Array {
    this.#checkSize(size, 'size');
    return this.#fold(rangeSubtrees(0, size));
  }

  /**
   * The audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 section
   * 2.1.3.1), leaf-side sibling first.
   * @throws RangeError unless `index < size <= this.size`.
   */
  inclusionProof(index: number, size: number = this.#size): Uint8Array[] {
    this.#checkSize(size, 'size');
    return inclusionProofPlan(index, size).map((subtrees) => this.#fold(subtrees));
  }

  /**
   * The proof that the tree of `size1` leaves is a prefix of the tree of `size2` leaves (RFC 9162
   * section 2.1.4.1). Empty when `size1` is 0 or equal to `size2`.
   * @throws RangeError unless `size1 <= size2 <= this.size`.
   */
  consistencyProof(size1: number, size2: number = this.#size): Uint8Array[] {
    this.#checkSize(size2, 'size2');
    return consistencyProofPlan(size1, size2).map((subtrees) => this.#fold(subtrees));
  }

  #appendHash(hash: Uint8Array): number {
    const index = this.#size;
    this.#write(0, index, hash);
    let level = 0;
    let position = index;
    // Every time the new node is a right child, its parent's subtree becomes complete.
    while (position % 2 === 1) {
      const parent = _nodeHash(this.#node(level, position - 1), this.#node(level, position));
      level++;
      position = (position - 1) / 2;
      this.#write(level, position, parent);
    }
    this.#size = index + 1;
    return index;
  }

  /** Folds stored perfect subtrees into one hash: a fresh array the caller may keep. */
  #fold(subtrees: readonly Subtree[]): Uint8Array {
    if (subtrees.length === 1) return this.#node(subtrees[0]!.level, subtrees[0]!.index).slice();
    return foldSubtrees(subtrees.map(({ level, index }) => this.#node(level, index)));
  }

  #node(level: number, index: number): Uint8Array {
    const buffer = this.#levels[level]!;
    return buffer.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  #write(level: number, index: number, hash: Uint8Array): void {
    let buffer = this.#levels[level];
    const needed = (index + 1) * HASH_SIZE;
    if (buffer === undefined || buffer.length < needed) {
      const grown = new Uint8Array(Math.max(needed, (buffer?.length ?? 0) * 2, 64 * HASH_SIZE));
      if (buffer) grown.set(buffer);
      this.#levels[level] = buffer = grown;
    }
    buffer.set(hash, index * HASH_SIZE);
  }

  #checkSize(size: number, name: string): void {
    aindex(size, name);
    if (size > this.#size)
      throw new RangeError(`${name}: ${size} is greater than the log size ${this.#size}`);
  }

  #checkIndex(index: number, size: number, name: string): void {
    aindex(index, name);
    if (index >= size) throw new RangeError(`${name}: ${index} is not below the tree size ${size}`);
  }
}
