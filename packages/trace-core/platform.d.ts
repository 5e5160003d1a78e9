// The only platform APIs that trace-core uses beyond ECMAScript 2022, present in Node 20 and in
// every browser. The build type-checks against this list instead of the whole DOM, so that a
// `fetch` or `document` slipping into the pure core fails the build.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly searchParams: { get(name: string): string | null; getAll(name: string): string[] };
}
