import type { FieldSpec, FormValues } from './formData';
import { canonical, sendable } from './formData';

export type SaveState =
  | { status: 'saved'; at: Date }
  /** Edited, waiting for the autosave's pause. */
  | { status: 'unsaved' }
  | { status: 'saving' }
  /** `message`: why the server refused, or null for a network or session failure (retried by itself). */
  | { status: 'failed'; message: string | null }
  /** Another page saved first: nothing more is saved until the user chooses what to keep. */
  | { status: 'conflict' };

export interface FieldProblem {
  field: readonly string[] | null;
  message: string;
}

/** The declaration as saved by someone else, sent back with VERSION_CONFLICT. */
export interface CurrentDeclaration {
  version: number;
  data: FormValues;
  updatedAt: string;
}

export type SaveOutcome =
  | { kind: 'saved'; version: number; problems: readonly FieldProblem[] }
  | { kind: 'conflict'; current: CurrentDeclaration }
  | { kind: 'refused'; message: string }
  | { kind: 'failed' };

export interface DraftSaverOptions {
  fields: readonly FieldSpec[];
  debounceMs: number;
  send: (expectedVersion: number, data: FormValues) => Promise<SaveOutcome>;
  backup: { write: (baseVersion: number, data: FormValues) => void; clear: () => void };
  report: (state: SaveState) => void;
  onSaved: (problems: readonly FieldProblem[]) => void;
  onConflict: (current: CurrentDeclaration) => void;
}

const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

/**
 * Saves one declaration's form: the whole data, debounced after typing stops, one request at a
 * time, with the version it was based on (optimistic concurrency). Every edit goes to the local
 * backup first; the backup is cleared once what it holds is saved. A failed request (network,
 * expired session) is tried again by itself; a version conflict stops saving until resolved.
 */
export class DraftSaver {
  private data: FormValues;
  private version: number;
  private savedKey: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private blocked = false;
  private failures = 0;
  private disposed = false;

  constructor(
    private readonly options: DraftSaverOptions,
    initial: { version: number; saved: FormValues; data: FormValues; blocked: boolean },
  ) {
    this.version = initial.version;
    this.data = initial.data;
    this.savedKey = this.keyOf(initial.saved);
    this.blocked = initial.blocked;
  }

  /** The form as typed, the latest edit included. */
  current(): FormValues {
    return this.data;
  }

  /** The version the next save is sent with. */
  baseVersion(): number {
    return this.version;
  }

  isDirty(): boolean {
    return this.keyOf(this.data) !== this.savedKey;
  }

  edit(data: FormValues): void {
    this.data = data;
    if (this.blocked) {
      this.options.backup.write(this.version, data);
      return;
    }
    if (!this.isDirty()) {
      this.clearTimer();
      this.options.backup.clear();
      return;
    }
    this.options.backup.write(this.version, data);
    this.options.report({ status: 'unsaved' });
    this.schedule(this.options.debounceMs);
  }

  /**
   * 暂存, and before submitting: sends now (even an unchanged form, so that 暂存 always answers
   * with 已保存 and the time) and resolves true once everything typed is saved.
   */
  async saveNow(): Promise<boolean> {
    this.clearTimer();
    await this.enqueue(true);
    // Typed while that request was under way: send that too.
    for (let round = 0; round < 3 && this.isDirty() && !this.blocked && this.failures === 0; round += 1) await this.enqueue(false);
    return !this.blocked && this.failures === 0 && !this.isDirty();
  }

  /** 载入最新内容: the other page's data replaces this page's edits. */
  takeCurrent(current: CurrentDeclaration): void {
    this.clearTimer();
    this.version = current.version;
    this.data = current.data;
    this.savedKey = this.keyOf(current.data);
    this.blocked = false;
    this.failures = 0;
    this.options.backup.clear();
    this.options.report({ status: 'saved', at: new Date(current.updatedAt) });
  }

  /** 用本页内容覆盖: this page's data is saved over the other page's, knowingly. */
  overwrite(current: CurrentDeclaration): Promise<boolean> {
    this.version = current.version;
    this.savedKey = this.keyOf(current.data);
    this.blocked = false;
    this.failures = 0;
    this.options.backup.write(this.version, this.data);
    return this.saveNow();
  }

  /** The page shows the form (again: in development React mounts effects twice). */
  attach(): void {
    this.disposed = false;
  }

  /** Leaving the page: a change still waiting for its pause is sent now; nothing is retried after. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) {
      this.clearTimer();
      void this.enqueue(false, true);
    }
  }

  private keyOf(data: FormValues): string {
    return canonical(sendable(data, this.options.fields));
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.enqueue(false);
    }, delay);
  }

  private enqueue(force: boolean, leaving = false): Promise<void> {
    this.chain = this.chain.then(() => this.sendOnce(force, leaving));
    return this.chain;
  }

  private async sendOnce(force: boolean, leaving: boolean): Promise<void> {
    if ((this.disposed && !leaving) || this.blocked || (!force && !this.isDirty())) return;
    const body = sendable(this.data, this.options.fields);
    this.options.report({ status: 'saving' });
    const outcome = await this.options.send(this.version, body).catch((): SaveOutcome => ({ kind: 'failed' }));
    switch (outcome.kind) {
      case 'saved':
        this.version = outcome.version;
        this.savedKey = canonical(body);
        this.failures = 0;
        this.options.onSaved(outcome.problems);
        if (this.isDirty()) {
          // Typed while saving: the backup now builds on the new version.
          this.options.backup.write(this.version, this.data);
          this.options.report({ status: 'unsaved' });
          if (!this.timer && !this.disposed) this.schedule(this.options.debounceMs);
        } else {
          this.options.backup.clear();
          this.options.report({ status: 'saved', at: new Date() });
        }
        return;
      case 'conflict':
        this.blocked = true;
        this.clearTimer();
        this.options.report({ status: 'conflict' });
        this.options.onConflict(outcome.current);
        return;
      case 'refused':
        this.blocked = true;
        this.options.report({ status: 'failed', message: outcome.message });
        return;
      case 'failed': {
        // The backup keeps the edits; try again, less often the longer it fails.
        const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)]!;
        this.failures += 1;
        this.options.report({ status: 'failed', message: null });
        if (!this.timer && !this.disposed) this.schedule(delay);
        return;
      }
    }
  }
}
