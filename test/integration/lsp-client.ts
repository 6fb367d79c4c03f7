import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * A minimal Language Server Protocol client for tests: JSON-RPC 2.0 over the
 * server's stdio, framed with `Content-Length` headers. It answers the
 * requests a server sends to its client through `requestHandlers`, keeps the
 * notifications it receives, and can pull (`textDocument/diagnostic`) or wait
 * for pushed (`textDocument/publishDiagnostics`) diagnostics.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Diagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity?: number;
  readonly code?: string | number;
  readonly source?: string;
  readonly codeDescription?: { readonly href: string };
}

export interface ReceivedNotification {
  readonly method: string;
  readonly params: unknown;
}

/** Answers one server-to-client request; the value returned is the JSON-RPC result. */
export type RequestHandler = (params: unknown) => unknown;

export interface LspClientOptions {
  /** The server's entry script, run with the current Node binary. */
  readonly script: string;
  readonly args?: readonly string[];
  readonly cwd: string;
  /** Answers for server-to-client requests, by method. Unlisted methods get a MethodNotFound error. */
  readonly requestHandlers?: Readonly<Record<string, RequestHandler>>;
  /** How long a request may go unanswered before its promise rejects. */
  readonly requestTimeoutMs?: number;
}

interface Pending {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

interface Message {
  readonly jsonrpc?: string;
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

const HEADER_END = Buffer.from('\r\n\r\n');
const METHOD_NOT_FOUND = -32601;

export class LspClient {
  readonly notifications: ReceivedNotification[] = [];
  /** Methods of the requests the server sent us, in order. */
  readonly serverRequests: string[] = [];
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<() => void>();
  private readonly handlers: Readonly<Record<string, RequestHandler>>;
  private readonly requestTimeoutMs: number;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderr = '';
  private exited = false;
  private readonly exitPromise: Promise<void>;

  constructor(options: LspClientOptions) {
    this.handlers = options.requestHandlers ?? {};
    this.requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
    this.process = spawn(process.execPath, [options.script, ...(options.args ?? [])], {
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exitPromise = new Promise((resolve) => {
      this.process.once('exit', () => {
        this.exited = true;
        for (const [, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`the language server exited before answering ${pending.method}${this.stderrTail()}`));
        }
        this.pending.clear();
        this.notifyListeners();
        resolve();
      });
    });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // A server that dies mid-write must not crash the test run with EPIPE.
    this.process.stdin.on('error', () => undefined);
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  request<T>(method: string, params: unknown, timeoutMs = this.requestTimeoutMs): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`the language server has exited; cannot send ${method}${this.stderrTail()}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms${this.stderrTail()}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: (result) => resolve(result as T), reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /**
   * Resolves with the first value `check` returns other than `undefined`,
   * calling it now and again whenever a message arrives from the server.
   */
  waitFor<T>(description: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = (): boolean => {
        const value = check();
        if (value === undefined) return false;
        cleanUp();
        resolve(value);
        return true;
      };
      const listener = (): void => {
        if (done()) return;
        if (this.exited) {
          cleanUp();
          reject(new Error(`the language server exited while waiting for ${description}${this.stderrTail()}`));
        }
      };
      const timer = setTimeout(() => {
        cleanUp();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${description}${this.logTail()}${this.stderrTail()}`));
      }, timeoutMs);
      const cleanUp = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }

  /** The last diagnostics the server pushed for `uri`, if any. */
  pushedDiagnostics(uri: string): Diagnostic[] | undefined {
    for (let i = this.notifications.length - 1; i >= 0; i--) {
      const { method, params } = this.notifications[i];
      if (method !== 'textDocument/publishDiagnostics') continue;
      const published = params as { uri: string; diagnostics: Diagnostic[] };
      if (published.uri === uri) return published.diagnostics;
    }
    return undefined;
  }

  /** Asks the server for a document's diagnostics (LSP 3.17 pull model). */
  async pullDiagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    return report.kind === 'full' ? (report.items ?? []) : [];
  }

  /**
   * Waits until the diagnostics for `uri` satisfy `accept`, the way an editor
   * gets them: pulled right away, pulled again whenever the server asks for a
   * refresh or after a short pause, or pushed by a server that publishes.
   */
  async waitForDiagnostics(uri: string, accept: (diagnostics: readonly Diagnostic[]) => boolean, timeoutMs: number): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    let pushedSeen = this.notifications.length;
    for (;;) {
      const pulled = await this.pullDiagnostics(uri);
      if (accept(pulled)) return pulled;
      const pushed = this.notifications.slice(pushedSeen).filter((n) => n.method === 'textDocument/publishDiagnostics');
      pushedSeen = this.notifications.length;
      const pushedNow = pushed.length > 0 ? this.pushedDiagnostics(uri) : undefined;
      if (pushedNow !== undefined && accept(pushedNow)) return pushedNow;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`diagnostics for ${uri} never matched; last pulled: ${JSON.stringify(pulled)}${this.logTail()}${this.stderrTail()}`);
      }
      const refreshes = this.serverRequests.length;
      const notified = this.notifications.length;
      // Pull again when the server asks (workspace/diagnostic/refresh) or pushes something, else after 250 ms.
      await this.waitFor(
        'a diagnostics refresh',
        () => (this.serverRequests.length > refreshes || this.notifications.length > notified ? true : undefined),
        Math.min(250, remaining),
      ).catch(() => undefined);
    }
  }

  /** `shutdown`, then `exit`; kills the server if it is still running after `timeoutMs`. */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (this.exited) return;
    let graceMs = timeoutMs;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      graceMs = 0; // it did not answer shutdown: kill it now
    }
    const killTimer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await this.exitPromise;
    clearTimeout(killTimer);
  }

  /** The server's `window/logMessage` lines, for failure messages. */
  logMessages(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
  }

  private logTail(): string {
    const lines = this.logMessages();
    return lines.length === 0 ? '' : `\nserver log:\n${lines.slice(-20).join('\n')}`;
  }

  private stderrTail(): string {
    return this.stderr.trim() === '' ? '' : `\nserver stderr:\n${this.stderr.trim().slice(-2_000)}`;
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^content-length: *(\d+)$/imu.exec(header);
      if (!length) throw new Error(`LSP message without Content-Length: ${header}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.answer(message.id, message.method, message.params);
    } else if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (pending) {
        this.pending.delete(message.id);
        clearTimeout(pending.timer);
        if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message} (${message.error.code})`));
        else pending.resolve(message.result);
      }
    }
    this.notifyListeners();
  }

  private answer(id: number | string, method: string, params: unknown): void {
    this.serverRequests.push(method);
    const handler = this.handlers[method] as RequestHandler | undefined;
    if (!handler) {
      this.send({ jsonrpc: '2.0', id, error: { code: METHOD_NOT_FOUND, message: `test client does not handle ${method}` } });
      return;
    }
    try {
      this.send({ jsonrpc: '2.0', id, result: handler(params) ?? null });
    } catch (error) {
      this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: error instanceof Error ? error.message : String(error) } });
    }
  }

  private notifyListeners(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
