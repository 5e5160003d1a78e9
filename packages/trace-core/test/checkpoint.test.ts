import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MerkleLog,
  TraceFormatError,
  cosignCheckpoint,
  generateNoteKeys,
  parseCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  signCheckpoint,
  verifyCheckpoint,
} from '../src/index.js';
import { utf8ToBytes } from '../src/_bytes.js';

// The example key pair and note of Go's golang.org/x/mod/sumdb/note tests, the reference
// implementation of C2SP signed-note: Ed25519 is deterministic, so we must match it byte for byte.
const GO_VERIFIER_KEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_SIGNER_KEY =
  'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_TEXT =
  "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIGNATURE_LINE =
  '\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';

const seed = (byte: number) => new Uint8Array(32).fill(byte);
const ledger = generateNoteKeys('nguongoc.vn/htx-mat-ong-con-cuong', seed(1));
const province = generateNoteKeys('sokhcn.nghean.gov.vn', seed(2));

function sampleCheckpoint(size = 5) {
  const log = new MerkleLog();
  for (let i = 0; i < size; i++) log.append(utf8ToBytes(`entry ${i}`));
  return { origin: 'nguongoc.vn/htx-mat-ong-con-cuong', size, root: log.root() };
}

describe('signed-note keys', () => {
  it('reproduces the Go reference signature byte for byte', () => {
    const signer = parseSignerKey(GO_SIGNER_KEY);
    const verifier = parseVerifierKey(GO_VERIFIER_KEY);
    expect(signer.keyId).toBe(0xc74f20a3);
    expect(signer.publicKey).toEqual(verifier.publicKey);
    const signature = signer.sign(utf8ToBytes(GO_TEXT));
    const line = GO_SIGNATURE_LINE.split(' ')[2]!.trim();
    const expected = Uint8Array.from(atob(line), (c) => c.charCodeAt(0));
    expect(Array.from(signature)).toEqual(Array.from(expected.subarray(4)));
    expect(verifier.verify(utf8ToBytes(GO_TEXT), signature)).toBe(true);
    expect(
      verifier.verify(utf8ToBytes(GO_TEXT.replace('cryptography', 'cryptographY')), signature),
    ).toBe(false);
  });

  it('rejects every mangling of a verifier key', () => {
    for (let i = 0; i < GO_VERIFIER_KEY.length; i++) {
      const mangled =
        GO_VERIFIER_KEY.slice(0, i) +
        String.fromCharCode(GO_VERIFIER_KEY.charCodeAt(i) + 1) +
        GO_VERIFIER_KEY.slice(i + 1);
      expect(() => parseVerifierKey(mangled), mangled).toThrow(TraceFormatError);
    }
    expect(() => parseVerifierKey(GO_VERIFIER_KEY.slice(0, -4))).toThrow(TraceFormatError);
    expect(() => generateNoteKeys('has space')).toThrow(TraceFormatError);
    expect(() => generateNoteKeys('a+b')).toThrow(TraceFormatError);
    expect(() => generateNoteKeys('ok', new Uint8Array(31))).toThrow(RangeError);
  });
});

describe('checkpoints', () => {
  it('signs and verifies a checkpoint in the tlog-checkpoint layout', () => {
    const checkpoint = sampleCheckpoint();
    const note = signCheckpoint(checkpoint, ledger.signerKey);
    const lines = note.split('\n');
    expect(lines[0]).toBe(checkpoint.origin);
    expect(lines[1]).toBe('5');
    expect(lines[3]).toBe('');
    expect(lines[4]).toMatch(/^\u2014 nguongoc\.vn\/htx-mat-ong-con-cuong [A-Za-z0-9+/]{91}=$/);
    const result = verifyCheckpoint(note, [ledger.verifierKey], { origin: checkpoint.origin });
    expect(result).toMatchObject({ ok: true, failures: [] });
    expect(result.checkpoint).toEqual(checkpoint);
    expect(parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1))).toEqual(checkpoint);
  });

  it('accepts a provincial co-signature and can require it', () => {
    const note = signCheckpoint(sampleCheckpoint(), ledger.signerKey);
    const cosigned = cosignCheckpoint(note, province.signerKey);
    const keys = [ledger.verifierKey, province.verifierKey];
    const result = verifyCheckpoint(cosigned, keys, { required: ['sokhcn.nghean.gov.vn'] });
    expect(result.ok).toBe(true);
    expect(result.signatures.map((s) => [s.name, s.valid])).toEqual([
      ['nguongoc.vn/htx-mat-ong-con-cuong', true],
      ['sokhcn.nghean.gov.vn', true],
    ]);
    const missing = verifyCheckpoint(note, keys, { required: ['sokhcn.nghean.gov.vn'] });
    expect(missing.ok).toBe(false);
    expect(missing.failures[0]?.reason.vi).toContain('chưa ký');
    expect(() => cosignCheckpoint(cosigned, province.signerKey)).toThrow(TraceFormatError);
  });

  it('ignores signatures by unknown keys but needs one trusted signature', () => {
    const stranger = generateNoteKeys('stranger.example', seed(3));
    const note = signCheckpoint(sampleCheckpoint(), stranger.signerKey);
    const result = verifyCheckpoint(note, [ledger.verifierKey]);
    expect(result.ok).toBe(false);
    expect(result.signatures).toEqual([
      expect.objectContaining({ name: 'stranger.example', trusted: false }),
    ]);
    expect(result.failures.map((f) => f.check)).toEqual(['checkpoint-signature']);
  });

  it('fails for a checkpoint of another log', () => {
    const note = signCheckpoint(sampleCheckpoint(), ledger.signerKey);
    const result = verifyCheckpoint(note, [ledger.verifierKey], { origin: 'nguongoc.vn/other' });
    expect(result.failures.map((f) => f.check)).toEqual(['checkpoint-origin']);
  });

  it('fails when any byte of the note changes (property)', () => {
    const note = signCheckpoint(sampleCheckpoint(7), [ledger.signerKey, province.signerKey]);
    const bytes = utf8ToBytes(note);
    const keys = [ledger.verifierKey, province.verifierKey];
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const mangled = bytes.slice();
        mangled[at] = (mangled[at]! + delta) & 255;
        const text = new TextDecoder().decode(mangled);
        const required = ['nguongoc.vn/htx-mat-ong-con-cuong', 'sokhcn.nghean.gov.vn'];
        expect(verifyCheckpoint(text, keys, { required }).ok).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('reports malformed notes as a failed check, not an exception', () => {
    for (const bad of [
      '',
      'no blank line\n',
      'origin\n5\nroot\n\n\u2014 x y\n',
      'origin\n-1\nAAAA\n\n',
    ]) {
      const result = verifyCheckpoint(bad, [ledger.verifierKey]);
      expect(result.ok).toBe(false);
      expect(result.failures[0]?.check).toBe('checkpoint-format');
    }
  });
});
