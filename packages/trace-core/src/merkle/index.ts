// `@nguongoc/trace-core/merkle`: the RFC 6962 / RFC 9162 Merkle log plumbing that stores, tools
// and tests need and a trace page does not (it verifies through `verifyLotBundle`). Everything
// here is documented at its definition.
export { HASH_SIZE, emptyRoot, leafHash, leafHashUtf8, nodeHash } from './tree-hash.js';
export { MerkleLog } from './merkle-log.js';
export {
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
  type ConsistencyClaim,
  type InclusionClaim,
} from './verify-proof.js';
export {
  appendToFrontier,
  consistencyProofPlan,
  foldSubtrees,
  frontierSize,
  inclusionProofPlan,
  rangeSubtrees,
  type HashedSubtree,
  type Subtree,
} from './subtrees.js';
