import { equalBytes } from '../_bytes.js';
import { HASH_SIZE, _isPowerOfTwo, _nodeHash } from './tree-hash.js';

/** Arguments of {@link verifyInclusion}; hashes are 32-byte SHA-256 values. */
export interface InclusionClaim {
  leafHash: Uint8Array;
  leafIndex: number;
  treeSize: number;
  proof: readonly Uint8Array[];
  root: Uint8Array;
}

/** Arguments of {@link verifyConsistency}. */
export interface ConsistencyClaim {
  size1: number;
  size2: number;
  root1: Uint8Array;
  root2: Uint8Array;
  proof: readonly Uint8Array[];
}

/**
 * Checks that `leafHash` is leaf `leafIndex` of the tree of `treeSize` leaves whose root is `root`,
 * by RFC 9162 section 2.1.3.2. Returns `false` (never throws) for any malformed claim: wrong types,
 * hashes that are not 32 bytes, an index outside the tree, a proof of the wrong length.
 * @example verifyInclusion({ leafHash: h, leafIndex: 0, treeSize: 1, proof: [], root: h }) // true
 */
export function verifyInclusion(claim: InclusionClaim): boolean {
  const root = rootFromInclusionProof(claim);
  return root !== undefined && isHash(claim.root) && equalBytes(root, claim.root);
}

/**
 * The root that an inclusion proof implies, or `undefined` if the proof is malformed for that
 * index and size. Useful to report *which* root a bad proof leads to.
 */
export function rootFromInclusionProof(
  claim: Omit<InclusionClaim, 'root'>,
): Uint8Array | undefined {
  if (typeof claim !== 'object' || claim === null) return undefined;
  const { leafHash, leafIndex, treeSize, proof } = claim;
  if (!isCount(leafIndex) || !isCount(treeSize) || leafIndex >= treeSize) return undefined;
  if (!isHash(leafHash) || !isProof(proof)) return undefined;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = _nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = fn / 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      r = _nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

/**
 * Checks that the tree of `size1` leaves with root `root1` is a prefix of the tree of `size2`
 * leaves with root `root2`, by RFC 9162 section 2.1.4.2. Equal sizes need an empty proof and
 * equal roots; size1 = 0 needs an empty proof. Returns `false` (never throws) for malformed claims.
 */
export function verifyConsistency(claim: ConsistencyClaim): boolean {
  if (typeof claim !== 'object' || claim === null) return false;
  const { size1, size2, root1, root2, proof } = claim;
  if (!isCount(size1) || !isCount(size2) || size1 > size2) return false;
  if (!isHash(root1) || !isHash(root2) || !isProof(proof)) return false;
  if (size1 === size2) return proof.length === 0 && equalBytes(root1, root2);
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;

  // When size1 is a power of two the old root is itself a node of the new tree: start from it.
  const path = _isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) {
    fn = (fn - 1) / 2;
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = _nodeHash(c, fr);
      sr = _nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = fn / 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = _nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalBytes(fr, root1) && equalBytes(sr, root2);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

function isProof(value: unknown): value is readonly Uint8Array[] {
  // 64 hashes cover any tree of up to 2^64 leaves; anything longer is malformed, not slow.
  return Array.isArray(value) && value.length <= 64 && value.every(isHash);
}
