#!/usr/bin/env node
// Static audit of Dossier's Electron code with electronegativity (Doyensec), offline. Part of
// `npm run lint`; tests/unit/security/audit.test.ts runs it too, so it is in `npm test`.
//
// What it scans: the main process and preload sources (electron/, without tests), the page the
// window loads (renderer/index.html, with its CSP) and package.json (the Electron version), copied
// together into one temporary folder so the global checks (navigation limits, permission handler,
// CSP) see main and page together, as they ship.
// Offline: the network check (AvailableSecurityFixesGlobalCheck, which asks the internet for
// Electron releases) is excluded, and electronegativity's translation download is replaced by a
// stub that fails at once, so the audit never touches the network.
// Fails (exit 1) on any HIGH finding. Lower findings are either listed in ACCEPTED below (each
// explained in SECURITY.md, "Audit findings we accepted") or printed as "not reviewed yet" so the
// next person adds the reason (or fixes the code).
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Checks that need the network; never run. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Findings reviewed and accepted (id + file); the reasons are in SECURITY.md. A HIGH finding can
 * never be accepted here.
 */
export const ACCEPTED = [
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/index.ts', why: 'shell.openExternal is only called by harden.ts and app/handlers.ts after isSafeExternalUrl (http, https, mailto)' },
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/security/harden.ts', why: 'guarded by isSafeExternalUrl; 10,000 generated URLs in tests/unit/security/navigation.test.ts' },
  { id: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/app/handlers.ts', why: 'guarded by isSafeExternalUrl before deps.openExternal' },
  { id: 'PROTOCOL_HANDLER_JS_CHECK', file: 'electron/main/index.ts', why: 'dossier:// links are hostile input: every one goes through parseClipLink (hostile table + 10,000 generated links) before anything happens' },
  { id: 'ELECTRON_VERSION_JSON_CHECK', file: 'package.json', why: 'informational: reports the Electron version (45.4.1)' },
  { id: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', why: "style-src 'unsafe-inline' for React style attributes; scripts stay 'self' only" },
  { id: 'CSP_GLOBAL_CHECK', file: 'electron/main/security/harden.ts', why: 'the same CSP, set as a response header' },
];

function copyTree(from, to, keep) {
  for (const entry of readdirSync(from)) {
    const src = join(from, entry);
    if (statSync(src).isDirectory()) copyTree(src, join(to, entry), keep);
    else if (keep(src)) cpSync(src, join(to, entry));
  }
}

/**
 * Runs electronegativity over Dossier's Electron code (or, for the audit's own test, over
 * `input`); returns its findings with paths relative to the scanned folder.
 */
export async function runAudit(input) {
  const enDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  // electronegativity downloads translations at start; answer "offline" immediately instead.
  const gotPath = createRequire(join(enDir, 'dist/locales/i18n.js')).resolve('got');
  const offline = () => Promise.reject(new Error('offline: Dossier audits without the network'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(offline, { default: offline }) };
  const run = require('@doyensec/electronegativity');

  const dir = input ?? mkdtempSync(join(tmpdir(), 'dossier-audit-'));
  try {
    if (!input) copyTree(join(root, 'electron'), join(dir, 'electron'), (f) => /\.(ts|js|cjs|mjs)$/.test(f) && !/\.test\.ts$/.test(f));
    if (!input) cpSync(join(root, 'renderer/index.html'), join(dir, 'renderer/index.html'));
    if (!input) cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    const log = console.log;
    console.log = () => undefined; // the translation fallback message
    let result;
    try {
      result = await run({ input: dir, excludeFromScan: EXCLUDED_CHECKS, isRelative: false });
    } finally {
      console.log = log;
    }
    const issues = result.issues.map((i) => ({
      id: i.id,
      severity: i.severity.name,
      confidence: i.confidence.name,
      file: i.file === 'N/A' ? 'N/A' : relative(dir, i.file).split('\\').join('/'),
      line: i.location?.line ?? 0,
      description: i.description,
    }));
    return { checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues };
  } finally {
    if (!input) rmSync(dir, { recursive: true, force: true });
  }
}

/** Sorts findings: HIGH ones fail the audit; lower ones are accepted (listed) or not reviewed yet. */
export function judge(issues, accepted = ACCEPTED) {
  const listed = (i) => accepted.some((a) => a.id === i.id && a.file === i.file);
  return {
    failing: issues.filter((i) => i.severity === 'HIGH'),
    accepted: issues.filter((i) => i.severity !== 'HIGH' && listed(i)),
    unreviewed: issues.filter((i) => i.severity !== 'HIGH' && !listed(i)),
  };
}

async function main() {
  const { checks, errors, issues } = await runAudit();
  const { failing, accepted, unreviewed } = judge(issues);
  for (const e of errors) console.error(`[audit] could not parse ${e.file}: ${e.message}`);
  for (const i of accepted) console.log(`[audit] accepted ${i.severity} ${i.id} ${i.file}:${i.line}`);
  for (const i of unreviewed) console.warn(`[audit] not reviewed yet (fix it, or add it to ACCEPTED and SECURITY.md): ${i.severity} ${i.id} ${i.file}:${i.line} — ${i.description}`);
  for (const i of failing) console.error(`[audit] HIGH ${i.id} ${i.file}:${i.line} — ${i.description}`);
  console.log(`[audit] electronegativity: ${checks} checks, ${issues.length} findings, ${failing.length} high, ${accepted.length} accepted, ${unreviewed.length} not reviewed yet`);
  if (failing.length || errors.some((e) => !e.tolerable)) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
