import { abytes, aindex } from '../_assert.js';
import {
  HASH_SIZE,
  _isPowerOfTwo,
  _nodeHash,
  _splitPoint,
  emptyRoot,
  leafHash,
} from './tree-hash.js';

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
    return size === 0 ? emptyRoot() : this.#rangeHash(0, size).slice();
  }

  /**
   * The audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 section
   * 2.1.3.1), leaf-side sibling first.
   * @throws RangeError unless `index < size <= this.size`.
   */
  inclusionProof(index: number, size: number = this.#size): Uint8Array[] {
    this.#checkSize(size, 'size');
    this.#checkIndex(index, size, 'index');
    const proof: Uint8Array[] = [];
    let start = 0;
    let end = size;
    let m = index;
    // Walk from the root down to the leaf, collecting the sibling of each step; RFC order is the reverse.
    while (end - start > 1) {
      const k = _splitPoint(end - start);
      if (m < k) {
        proof.push(this.#rangeHash(start + k, end));
        end = start + k;
      } else {
        proof.push(this.#rangeHash(start, start + k));
        start += k;
        m -= k;
      }
    }
    return proof.reverse().map((hash) => hash.slice());
  }

  /**
   * The proof that the tree of `size1` leaves is a prefix of the tree of `size2` leaves (RFC 9162
   * section 2.1.4.1). Empty when `size1` is 0 or equal to `size2`.
   * @throws RangeError unless `size1 <= size2 <= this.size`.
   */
  consistencyProof(size1: number, size2: number = this.#size): Uint8Array[] {
    this.#checkSize(size2, 'size2');
    aindex(size1, 'size1');
    if (size1 > size2) throw new RangeError(`size1: ${size1} is greater than size2 ${size2}`);
    if (size1 === 0 || size1 === size2) return [];
    const proof: Uint8Array[] = [];
    let start = 0;
    let end = size2;
    let m = size1;
    let isWholeOldTree = true;
    while (m !== end - start) {
      const k = _splitPoint(end - start);
      if (m <= k) {
        proof.push(this.#rangeHash(start + k, end));
        end = start + k;
      } else {
        proof.push(this.#rangeHash(start, start + k));
        start += k;
        m -= k;
        isWholeOldTree = false;
      }
    }
    if (!isWholeOldTree) proof.push(this.#rangeHash(start, end));
    return proof.reverse().map((hash) => hash.slice());
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

  /** MTH of leaves [start, end), where `start` is aligned as RFC 9162's recursion guarantees. */
  #rangeHash(start: number, end: number): Uint8Array {
    const n = end - start;
    if (_isPowerOfTwo(n)) return this.#node(Math.log2(n), start / n);
    const k = _splitPoint(n);
    return _nodeHash(this.#rangeHash(start, start + k), this.#rangeHash(start + k, end));
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
