import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, type Diagnostic, type Range } from './lsp-client';
import { createSandbox, removeSandbox, repoRoot } from './sandbox';

// The VS Code ESLint language server (vscode-langservers-extracted), driven over
// stdio the way an editor drives it, on a copy of the sample app that installs
// the plugin as a package. This server (vscode-eslint 3.x, LSP 3.17) does not
// push textDocument/publishDiagnostics: it declares a diagnosticProvider and the
// client pulls with textDocument/diagnostic after didOpen and didChange, and again
// when the server sends workspace/diagnostic/refresh. It asks for its settings
// per document with workspace/configuration and resolves `eslint` from the
// document's folder upwards, which finds the repository's ESLint 10.

const serverScript = path.join(repoRoot, 'node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server');
const sampleApp = path.join(repoRoot, 'fixtures/sample-app');
const badgeFile = 'src/components/advertiser-badge.ts'; // presentation imports the data layer (layer-boundaries)
const alertFile = 'src/services/alert-service.ts'; // `campaign.dailySpend > 500` (no-hardcoded-threshold)

// The component, fixed: it gets the advertiser from its caller instead of querying the Prisma client.
const fixedBadge = `import { html, type SafeHtml } from '../lib/html.js';
import type { Advertiser } from '../types/campaign.js';

export function advertiserBadge(advertiser: Pick<Advertiser, 'name' | 'verified'> | null): SafeHtml {
  if (!advertiser) return html\`<span class="badge badge--missing">Unknown advertiser</span>\`;
  const tone = advertiser.verified ? 'badge--verified' : 'badge--unverified';
  return html\`<span class="badge \${tone}">\${advertiser.name}</span>\`;
}
`;

const eslintConfig = `import groundwork from 'eslint-plugin-groundwork';
import tsParser from '@typescript-eslint/parser';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, groundwork.configs.recommended];
`;

const DIAGNOSTICS_TIMEOUT_MS = 15_000;

let app = '';
let client: LspClient | undefined;

const uriOf = (file: string): string => pathToFileURL(path.join(app, file)).href;
const textOf = (file: string): string => fs.readFileSync(path.join(app, file), 'utf8');

/** The settings the VS Code ESLint extension sends for a document (its defaults, flat config, validation on). */
function settingsFor(): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder: { name: path.basename(app), uri: pathToFileURL(app).href },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
  };
}

/** ESLint's own report for a file of the sandbox (its eslint.config.mjs), as 0-based LSP ranges. */
async function eslintRanges(file: string, text = textOf(file)): Promise<{ code: string | null; range: Range }[]> {
  const eslint = new ESLint({ cwd: app });
  const [result] = await eslint.lintText(text, { filePath: path.join(app, file) });
  return result.messages.map((m) => ({
    code: m.ruleId,
    range: {
      start: { line: m.line - 1, character: m.column - 1 },
      end: { line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 },
    },
  }));
}

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ code: d.code ?? null, range: d.range }));
const hasRule = (rule: string) => (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.code === rule);

function started(): LspClient {
  if (!client) throw new Error('the language server did not start');
  return client;
}

function open(file: string): void {
  started().notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'typescript', version: 1, text: textOf(file) } });
}

/** The time the server says ESLint took on its last validation of `uri` (its `eslint/status` notification). */
function validationTime(uri: string): string {
  const statuses = started().notifications.filter((n) => n.method === 'eslint/status').map((n) => n.params as { uri: string; validationTime?: number });
  const last = statuses.filter((s) => s.uri === uri).at(-1);
  return last?.validationTime === undefined ? 'no validation time reported' : `ESLint ${last.validationTime} ms inside the server`;
}

beforeAll(async () => {
  app = createSandbox('language-server', {});
  fs.cpSync(sampleApp, app, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
  fs.writeFileSync(path.join(app, 'eslint.config.mjs'), eslintConfig);

  const spawned = performance.now();
  client = new LspClient({
    script: serverScript,
    args: ['--stdio'],
    cwd: app,
    requestHandlers: {
      'workspace/configuration': (params) => (params as { items: unknown[] }).items.map(settingsFor),
      'workspace/workspaceFolders': () => [{ name: path.basename(app), uri: pathToFileURL(app).href }],
      'workspace/diagnostic/refresh': () => null,
      'client/registerCapability': () => null,
      'client/unregisterCapability': () => null,
      'window/workDoneProgress/create': () => null,
      'window/showMessageRequest': () => null,
      // eslint/noConfig, eslint/noLibrary, eslint/probeFailed: the VS Code client answers {}.
      'eslint/noConfig': () => ({}),
      'eslint/noLibrary': () => ({}),
      'eslint/probeFailed': () => ({}),
    },
  });
  await client.request('initialize', {
    processId: process.pid, // the server exits by itself should this process die
    clientInfo: { name: 'groundwork-test' },
    rootUri: pathToFileURL(app).href,
    workspaceFolders: [{ name: path.basename(app), uri: pathToFileURL(app).href }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
      },
    },
  });
  client.notify('initialized', {});
  console.log(`language server: initialize answered ${Math.round(performance.now() - spawned)} ms after spawn`);
});

afterAll(async () => {
  await client?.stop();
  if (app) removeSandbox(app);
});

describe('the VS Code ESLint language server', () => {
  it('reports groundwork diagnostics at ESLint’s ranges and drops them once the import is fixed', async () => {
    const languageClient = started();
    const badgeUri = uriOf(badgeFile);
    const alertUri = uriOf(alertFile);

    const opened = performance.now();
    open(badgeFile);
    const badge = await languageClient.waitForDiagnostics(badgeUri, hasRule('groundwork/layer-boundaries'), DIAGNOSTICS_TIMEOUT_MS);
    const openMs = performance.now() - opened;
    console.log(`language server: diagnostics ${Math.round(openMs)} ms after didOpen (${badgeFile}, cold: loads ESLint, the config, the plugin; ${validationTime(badgeUri)})`);

    // On the import's source string '../db/client.js' (line 1), exactly where ESLint's Node API puts it.
    const source = "'../db/client.js'";
    const column = textOf(badgeFile).split('\n')[0].indexOf(source);
    const expectedBadge = await eslintRanges(badgeFile);
    expect(expectedBadge).toEqual([
      { code: 'groundwork/layer-boundaries', range: { start: { line: 0, character: column }, end: { line: 0, character: column + source.length } } },
    ]);
    expect(summary(badge)).toEqual(expectedBadge);
    expect(badge[0]).toMatchObject({ source: 'eslint', severity: 1 });
    expect(badge[0].message).toContain('The presentation layer must not import the data layer');

    const openedAlert = performance.now();
    open(alertFile);
    const alert = await languageClient.waitForDiagnostics(alertUri, hasRule('groundwork/no-hardcoded-threshold'), DIAGNOSTICS_TIMEOUT_MS);
    console.log(`language server: diagnostics ${Math.round(performance.now() - openedAlert)} ms after didOpen (${alertFile}, warm; ${validationTime(alertUri)})`);
    const expectedAlert = await eslintRanges(alertFile);
    expect(expectedAlert.map((d) => d.code)).toEqual(['groundwork/no-hardcoded-threshold']);
    expect(summary(alert)).toEqual(expectedAlert);
    expect(textOf(alertFile).split('\n')[expectedAlert[0].range.start.line].slice(expectedAlert[0].range.start.character, expectedAlert[0].range.end.character)).toBe('500');

    // Fix the component in the editor buffer (full-text sync) and wait for the diagnostic to go away.
    expect(await eslintRanges(badgeFile, fixedBadge)).toEqual([]);
    const changed = performance.now();
    languageClient.notify('textDocument/didChange', { textDocument: { uri: badgeUri, version: 2 }, contentChanges: [{ text: fixedBadge }] });
    const fixed = await languageClient.waitForDiagnostics(badgeUri, (d) => !hasRule('groundwork/layer-boundaries')(d), DIAGNOSTICS_TIMEOUT_MS);
    const changeMs = performance.now() - changed;
    console.log(`language server: diagnostics ${Math.round(changeMs)} ms after didChange (${badgeFile}, layer-boundaries fixed; ${validationTime(badgeUri)})`);
    expect(fixed).toEqual([]);

    // The other document is untouched by the edit.
    expect(summary(await languageClient.pullDiagnostics(alertUri))).toEqual(expectedAlert);

    // The server asks the client for help (eslint/noConfig, eslint/noLibrary, eslint/probeFailed) only when it cannot lint.
    expect(languageClient.serverRequests.filter((method) => method.startsWith('eslint/'))).toEqual([]);
    expect(openMs).toBeLessThan(30_000);
    expect(changeMs).toBeLessThan(30_000);
  });
});
