// A network trap: every way Node opens a socket or asks DNS throws and is recorded.
// In-process: `const trap = installNetworkTrap(); ...; trap.restore()`.
// As a preload for a child process: `node --require out/test/fuzz/noNetwork.js ...` with
// CLAIMLENS_NET_TRAP_REPORT=<file>: the trap installs itself and, at exit, writes to that file
// the attempts plus any live socket-like resources Node reports (proof that none was opened).
/* eslint-disable @typescript-eslint/no-require-imports */
import { writeFileSync } from 'node:fs';

type AnyFn = (...args: unknown[]) => unknown;
interface Target {
  module: string;
  obj: Record<string, unknown>;
  key: string;
}

export interface NetworkTrap {
  attempts: string[];
  restore(): void;
}

const MODULES = ['net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns'] as const;
const FUNCTIONS: Record<(typeof MODULES)[number], string[]> = {
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  dgram: ['createSocket'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse', 'lookupService'],
};

/** Resource names that mean a socket, server, DNS request or other network handle existed. */
export const NETWORK_RESOURCE = /TCP|UDP|GetAddrInfo|GetNameInfo|QueryWrap|TLSWrap|HTTP|Http2/i;

export function installNetworkTrap(): NetworkTrap {
  const attempts: string[] = [];
  const saved: Array<{ t: Target; original: unknown }> = [];
  const deny = (t: Target) => {
    saved.push({ t, original: t.obj[t.key] });
    t.obj[t.key] = function trapped(): never {
      attempts.push(`${t.module}.${t.key}`);
      throw new Error(`network use is forbidden here: ${t.module}.${t.key}`);
    };
  };
  for (const m of MODULES) {
    const mod = require(`node:${m}`) as Record<string, unknown>;
    for (const key of FUNCTIONS[m]) if (typeof mod[key] === 'function') deny({ module: m, obj: mod, key });
  }
  const net = require('node:net') as { Socket: { prototype: Record<string, unknown> } };
  deny({ module: 'net.Socket.prototype', obj: net.Socket.prototype, key: 'connect' });
  const dnsPromises = require('node:dns').promises as Record<string, unknown>;
  for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6']) deny({ module: 'dns.promises', obj: dnsPromises, key });
  const g = globalThis as Record<string, unknown>;
  for (const key of ['fetch', 'WebSocket', 'EventSource']) if (typeof g[key] === 'function') deny({ module: 'globalThis', obj: g, key });
  return {
    attempts,
    restore() {
      for (const { t, original } of saved.reverse()) t.obj[t.key] = original as AnyFn;
      saved.length = 0;
    },
  };
}

/** Live resources of this process that look like network handles. */
export function liveNetworkResources(): string[] {
  const info = (process as unknown as { getActiveResourcesInfo?: () => string[] }).getActiveResourcesInfo?.() ?? [];
  return info.filter((r) => NETWORK_RESOURCE.test(r));
}

// Preload mode.
const report = process.env.CLAIMLENS_NET_TRAP_REPORT;
if (report && require.main !== module) {
  const trap = installNetworkTrap();
  const seen = new Set<string>();
  // Sample live resources while the program runs, not only at exit (a socket may be closed by then).
  const timer = setInterval(() => liveNetworkResources().forEach((r) => seen.add(r)), 5);
  timer.unref();
  process.on('exit', () => {
    liveNetworkResources().forEach((r) => seen.add(r));
    writeFileSync(report, JSON.stringify({ attempts: trap.attempts, resources: [...seen] }));
  });
}
