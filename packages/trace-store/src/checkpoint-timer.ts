/**
 * Signs checkpoints of every ledger that grew, every `seconds`, until stopped: a timer that does
 * not keep Node alive. A failed round (the database briefly away) is left to the next one.
 */
export function startCheckpointTimer(
  checkpointGrownLedgers: () => Promise<unknown>,
  seconds: number,
): () => void {
  const timer = setInterval(
    () => void checkpointGrownLedgers().catch(() => {}),
    seconds * 1000,
  ).unref();
  return () => clearInterval(timer);
}
