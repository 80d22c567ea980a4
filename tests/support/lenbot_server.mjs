// Shared by the Node suites (tests/browser, tests/discord): where the lenbot binary is, a free
// loopback port, waiting for /healthz, and stopping the server by its pid with SIGTERM.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = process.env.LENBOT_BIN || path.join(root, 'build/lenbot');
export const buildDir = process.env.LENBOT_BUILD_DIR || path.join(root, 'build');

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(base, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`lenbot exited early (${server.exitCode})`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('lenbot did not become healthy in time');
}

export function stopServer(server) {
  if (server.exitCode !== null) return Promise.resolve(server.exitCode);
  return new Promise((resolve) => {
    server.once('exit', (code) => resolve(code));
    process.kill(server.pid, 'SIGTERM');
  });
}

// Starts `lenbot serve` on a free port with its index and state under `dir`, plus `extraArgs`;
// resolves once /healthz answers. Returns { server, base }. A server that never becomes
// healthy is stopped before the error is thrown.
export async function startServer(dir, extraArgs = []) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin, ['serve', '--port', String(port), '--db', path.join(dir, 'index.db'),
    '--state-db', path.join(dir, 'state.db'), '--log-level', 'warn', ...extraArgs],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForHealth(base, server, 180_000);
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { server, base };
}

// Debian's Chromium, headless, with the background-networking features this closed network
// refuses switched off, in a fresh profile under `profileDir`.
export async function launchChromium(chromium, profileDir, viewport) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
  });
}
