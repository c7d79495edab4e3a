// The npm registry mirror this project is developed against serves only the Linux builds of some
// packages' native bindings (nx, unrs-resolver…), so `npm install` leaves the other platforms' bindings
// out of package-lock.json and `npm ci` then refuses the lock file. This adds an entry for each missing
// binding, with the os/cpu that make npm skip it on Linux; on those platforms npm fetches it as usual.
// Run after any `npm install` that rewrites the lock file: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const platform =
  /(darwin|linux|win32|freebsd|android|openharmony|sunos|aix|netbsd|openbsd|wasm32)-(x64|arm64|arm|ia32|loong64|ppc64|riscv64|s390x|wasi)?/;
let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${location ? `${location}/` : ''}node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const match = name.match(platform);
    if (!match) continue;
    const [, os, cpu] = match;
    const stub = { version: range.replace(/^[\^~=]/, ''), dev: entry.dev ?? false, optional: true };
    if (os === 'wasm32') stub.cpu = ['wasm32'];
    else {
      stub.os = [os];
      if (cpu) stub.cpu = [cpu];
    }
    if (os === 'linux') stub.libc = [name.includes('musl') ? 'musl' : 'glibc'];
    if (!stub.dev) delete stub.dev;
    packages[`node_modules/${name}`] = stub;
    added += 1;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform binding entries added`);
