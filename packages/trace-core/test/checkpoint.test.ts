import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TraceFormatError,
  cosignCheckpoint,
  generateNoteKeys,
  parseCheckpoint,
  parseSignerKey,
  parseVerifierKey,
  signCheckpoint,
  verifyCheckpoint,
} from '../src/index.js';
import { MerkleLog } from '../src/merkle/index.js';
import { bytesToBase64, utf8ToBytes } from '../src/_bytes.js';
import { checkKeyName } from '../src/checkpoint/note-keys.js';

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

// Unicode's White_Space property (PropList.txt), which Go's unicode.IsSpace implements: the
// "Unicode spaces" that C2SP signed-note forbids in key names. Not U+FEFF (White_Space until
// Unicode 4.0.1), U+180E (until 6.3.0), U+200B or U+2060.
const WHITE_SPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

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

  it('forbids exactly the Unicode White_Space characters and "+" in key names, as Go does', () => {
    const rejected = (name: string) => {
      try {
        checkKeyName(name);
        return false;
      } catch (error) {
        expect(error).toBeInstanceOf(TraceFormatError);
        return true;
      }
    };
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // lone surrogates: below
      const expected = WHITE_SPACE.includes(code) || code === 0x2b;
      if (rejected(`a${String.fromCodePoint(code)}b`) !== expected) {
        expect.fail(`U+${code.toString(16).toUpperCase().padStart(4, '0')}: expected ${expected}`);
      }
    }
    // Go also requires valid UTF-8; a lone surrogate has no UTF-8 form (TextEncoder writes U+FFFD).
    expect(rejected('a\ud800b')).toBe(true);
    expect(rejected('a\udc00')).toBe(true);
    expect(rejected('a\u{1f41d}b')).toBe(false);
    expect(rejected('')).toBe(true);
    // Through the public API: NEL is a space, the byte order mark is not.
    expect(() => generateNoteKeys('a\u0085b', seed(4))).toThrow(TraceFormatError);
    expect(() => generateNoteKeys('a\u3000b', seed(4))).toThrow(TraceFormatError);
    const bom = generateNoteKeys('a\ufeffb', seed(4));
    expect(parseVerifierKey(bom.verifierKey).name).toBe('a\ufeffb');
    expect(parseSignerKey(bom.signerKey).name).toBe('a\ufeffb');
    expect(generateNoteKeys('a\u200bb', seed(4)).verifierKey).toMatch(/^a\u200bb\+/);
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

  // A note whose body or signature lines hold a character that signed-note forbids, signed as Go's
  // note.Sign would (it signs any text ending in a newline): the signature is valid, the note is not.
  function signedByHand(body: string, extraLines = ''): string {
    const signer = parseSignerKey(ledger.signerKey);
    const both = new Uint8Array(68);
    new DataView(both.buffer).setUint32(0, signer.keyId);
    both.set(signer.sign(utf8ToBytes(body)), 4);
    return `${body}\n\u2014 ${signer.name} ${bytesToBase64(both)}\n${extraLines}`;
  }

  it('rejects a note with an ASCII control character other than newline, in the body or a signature line', () => {
    const root = bytesToBase64(new MerkleLog().root());
    const good = `nguongoc.vn/htx-mat-ong-con-cuong\n0\n${root}\n`;
    expect(verifyCheckpoint(signedByHand(good), [ledger.verifierKey]).ok).toBe(true);
    // Unknown signers are ignored, but their lines are still part of the note.
    const stranger = (name: string) => `\u2014 ${name} ${bytesToBase64(new Uint8Array(68))}\n`;
    expect(
      verifyCheckpoint(signedByHand(good, stranger('x.example')), [ledger.verifierKey]).ok,
    ).toBe(true);
    for (let code = 0; code < 0x20; code++) {
      if (code === 0x0a) continue;
      const c = String.fromCharCode(code);
      const label = `U+${code.toString(16).padStart(4, '0')}`;
      for (const note of [
        signedByHand(`nguongoc.vn/htx-mat-ong-con-cuong${c}\n0\n${root}\n`), // origin
        signedByHand(`${good}extension${c}line\n`), // extension line
        signedByHand(good, stranger(`x${c}.example`)), // an unknown signer's name
      ]) {
        const result = verifyCheckpoint(note, [ledger.verifierKey]);
        expect(result.ok, label).toBe(false);
        expect(
          result.failures.map((f) => f.check),
          label,
        ).toEqual(['checkpoint-format']);
        expect(() => cosignCheckpoint(note, province.signerKey), label).toThrow(TraceFormatError);
      }
      expect(() => parseCheckpoint(`${good}a${c}b\n`), label).toThrow(TraceFormatError);
    }
    // CRLF line ends are control characters too.
    expect(
      verifyCheckpoint(signedByHand(good).replaceAll('\n', '\r\n'), [ledger.verifierKey]).ok,
    ).toBe(false);
    // A lone surrogate is not UTF-8: TextEncoder signs U+FFFD in its place, so two notes would share
    // one signature.
    const lone = signedByHand(`${good}a\ud800b\n`);
    expect(verifyCheckpoint(lone, [ledger.verifierKey]).ok).toBe(false);
    expect(verifyCheckpoint(lone.replace('\ud800', '\ufffd'), [ledger.verifierKey]).ok).toBe(true);
    // The rule is ASCII controls below U+0020: DEL and C1 controls (NEL) are text.
    expect(
      verifyCheckpoint(signedByHand(`${good}a\u007fb\u0085c\n`), [ledger.verifierKey]).ok,
    ).toBe(true);
  });

  it('reads signature-line names by the key-name rule, as Go does', () => {
    const root = bytesToBase64(new MerkleLog().root());
    const good = `nguongoc.vn/htx-mat-ong-con-cuong\n0\n${root}\n`;
    const stranger = (name: string) => `\u2014 ${name} ${bytesToBase64(new Uint8Array(68))}\n`;
    // A witness named with U+FEFF is a valid (if odd) signer: ignored as unknown, not a malformed note.
    const bom = verifyCheckpoint(signedByHand(good, stranger('x\ufeff.example')), [
      ledger.verifierKey,
    ]);
    expect(bom.ok).toBe(true);
    expect(bom.signatures[1]).toMatchObject({ name: 'x\ufeff.example', trusted: false });
    // A name holding a Unicode space (NEL, NBSP, ideographic space) makes the note malformed.
    for (const space of ['\u0085', '\u00a0', '\u3000', '\u2028']) {
      const result = verifyCheckpoint(signedByHand(good, stranger(`x${space}y`)), [
        ledger.verifierKey,
      ]);
      expect(result.failures.map((f) => f.check)).toEqual(['checkpoint-format']);
    }
  });

  it('never writes a note that it would reject', () => {
    const control = generateNoteKeys('x\u0001.example', seed(5)); // a valid name, but not in a note
    expect(() => signCheckpoint(sampleCheckpoint(), control.signerKey)).toThrow(TraceFormatError);
    const note = signCheckpoint(sampleCheckpoint(), ledger.signerKey);
    expect(() => cosignCheckpoint(note, control.signerKey)).toThrow(TraceFormatError);
    expect(() =>
      signCheckpoint({ ...sampleCheckpoint(), origin: 'x\ud800' }, ledger.signerKey),
    ).toThrow(TraceFormatError);
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
