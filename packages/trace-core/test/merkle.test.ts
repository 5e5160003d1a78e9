import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToHex, utf8ToBytes } from '../src/_bytes.js';
import {
  MerkleLog,
  leafHash,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
} from '../src/merkle/index.js';
import { listVectors, readVectorJson } from './_vectors.js';

interface InclusionVector {
  leafIdx: number;
  treeSize: number;
  root: string;
  leafHash: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}
interface ConsistencyVector {
  size1: number;
  size2: number;
  root1: string;
  root2: string;
  proof: string[] | null;
  desc: string;
  wantErr: boolean;
}

const bytes = (text: string): Uint8Array => {
  const decoded = base64ToBytes(text);
  if (!decoded) throw new Error(`vector holds invalid base64 ${text}`);
  return decoded;
};

describe('Merkle vectors (transparency-dev/merkle testdata)', () => {
  for (const group of ['0', '1', '2']) {
    for (const file of listVectors(`merkle/inclusion/${group}`)) {
      const v = readVectorJson<InclusionVector>(`merkle/inclusion/${group}/${file}`);
      it(`inclusion ${group}/${v.desc}: ${v.wantErr ? 'rejected' : 'accepted'}`, () => {
        const ok = verifyInclusion({
          leafHash: bytes(v.leafHash),
          leafIndex: v.leafIdx,
          treeSize: v.treeSize,
          proof: (v.proof ?? []).map(bytes),
          root: bytes(v.root),
        });
        expect(ok).toBe(!v.wantErr);
      });
    }
    for (const file of listVectors(`merkle/consistency/${group}`)) {
      const v = readVectorJson<ConsistencyVector>(`merkle/consistency/${group}/${file}`);
      it(`consistency ${group}/${v.desc}: ${v.wantErr ? 'rejected' : 'accepted'}`, () => {
        const ok = verifyConsistency({
          size1: v.size1,
          size2: v.size2,
          root1: bytes(v.root1),
          root2: bytes(v.root2),
          proof: (v.proof ?? []).map(bytes),
        });
        expect(ok).toBe(!v.wantErr);
      });
    }
  }
});

// The RFC 6962 reference tree: leaves are these byte strings (certificate-transparency-go testdata).
const RFC_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const RFC_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('MerkleLog', () => {
  const hexToBytesLoose = (hex: string) =>
    Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16));

  it('computes the RFC 6962 reference roots for every prefix', () => {
    const log = new MerkleLog();
    for (const leaf of RFC_LEAVES) log.append(hexToBytesLoose(leaf));
    RFC_ROOTS.forEach((root, i) => expect(bytesToHex(log.root(i + 1))).toBe(root));
    expect(bytesToHex(log.root(0))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('agrees with the RFC 6962 recursive definition (property)', () => {
    const mth = (leaves: Uint8Array[]): Uint8Array => {
      if (leaves.length === 1) return leafHash(leaves[0]!);
      let k = 1;
      while (k * 2 < leaves.length) k *= 2;
      return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
    };
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 8 }), { minLength: 1, maxLength: 70 }),
        (leaves) => {
          const log = new MerkleLog();
          leaves.forEach((leaf) => log.append(leaf));
          expect(log.root()).toEqual(mth(leaves));
        },
      ),
    );
  });

  it('produces inclusion and consistency proofs that verify, for every index and size (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (total, a, b) => {
        const log = new MerkleLog();
        for (let i = 0; i < total; i++) log.append(utf8ToBytes(`leaf ${i}`));
        const size = 1 + (a % total);
        const index = b % size;
        const proof = log.inclusionProof(index, size);
        expect(
          verifyInclusion({
            leafHash: log.leafHash(index),
            leafIndex: index,
            treeSize: size,
            proof,
            root: log.root(size),
          }),
        ).toBe(true);
        const size1 = b % (size + 1);
        const consistency = log.consistencyProof(size1, size);
        expect(
          verifyConsistency({
            size1,
            size2: size,
            root1: log.root(size1),
            root2: log.root(size),
            proof: consistency,
          }),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a proof with any single bit flipped, and a proof for another index (property)', () => {
    const log = new MerkleLog();
    for (let i = 0; i < 77; i++) log.append(utf8ToBytes(`leaf ${i}`));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 76 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (index, which, bit) => {
          const proof = log.inclusionProof(index);
          const claim = {
            leafHash: log.leafHash(index),
            leafIndex: index,
            treeSize: 77,
            proof,
            root: log.root(),
          };
          const flipped = proof.map((hash) => hash.slice());
          const target = flipped[which % flipped.length]!;
          target[bit >> 3]! ^= 1 << (bit & 7);
          expect(verifyInclusion({ ...claim, proof: flipped })).toBe(false);
          expect(verifyInclusion({ ...claim, leafIndex: (index + 1) % 77 })).toBe(false);
          const root = claim.root.slice();
          root[bit >> 3]! ^= 1 << (bit & 7);
          expect(verifyInclusion({ ...claim, root })).toBe(false);
        },
      ),
    );
  });

  it('rebuilds from leaf hashes to the same tree', () => {
    const log = new MerkleLog();
    for (let i = 0; i < 33; i++) log.append(utf8ToBytes(String(i)));
    const copy = MerkleLog.fromLeafHashes(Array.from({ length: 33 }, (_, i) => log.leafHash(i)));
    expect(copy.root()).toEqual(log.root());
    expect(copy.inclusionProof(17, 20)).toEqual(log.inclusionProof(17, 20));
  });

  it('rejects out-of-range requests with RangeError', () => {
    const log = new MerkleLog();
    log.append(new Uint8Array([1]));
    expect(() => log.root(2)).toThrow(RangeError);
    expect(() => log.inclusionProof(1)).toThrow(RangeError);
    expect(() => log.inclusionProof(-1)).toThrow(RangeError);
    expect(() => log.consistencyProof(2, 1)).toThrow(RangeError);
    expect(() => log.appendLeafHash(new Uint8Array(31))).toThrow(RangeError);
    expect(() => log.append('text' as unknown as Uint8Array)).toThrow(TypeError);
  });
});
