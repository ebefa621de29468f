import type { AssessmentAnswerInput, AssessmentSceneLevelInput } from '../../__generated__/graphql';

/** Changes not yet saved: per question the whole choice and/or single figures, per scene the level. */
interface Pending {
  options: Map<string, string[]>;
  figures: Map<string, Map<string, number | null>>;
  scenes: Map<string, number | null>;
  position: string | undefined;
}

export interface SaveBatch {
  answers: AssessmentAnswerInput[];
  sceneLevels: AssessmentSceneLevelInput[];
  position?: string;
}

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  /** `message`: the server's userErrors, or null for a network failure. */
  | { status: 'error'; message: string | null };

/** What sending a batch gave: saved, or why not (null: the network). */
export type SendResult = { ok: true } | { ok: false; message: string | null };

const emptyPending = (): Pending => ({ options: new Map(), figures: new Map(), scenes: new Map(), position: undefined });
const isEmpty = (p: Pending) => p.options.size === 0 && p.figures.size === 0 && p.scenes.size === 0 && p.position === undefined;

/** Puts a failed batch back under what was changed since (the newer change wins). */
function restore(failed: Pending, newer: Pending): Pending {
  const figures = new Map(failed.figures);
  newer.figures.forEach((values, question) => figures.set(question, new Map([...(figures.get(question) ?? []), ...values])));
  return {
    options: new Map([...failed.options, ...newer.options]),
    figures,
    scenes: new Map([...failed.scenes, ...newer.scenes]),
    position: newer.position ?? failed.position,
  };
}

function toBatch(p: Pending): SaveBatch {
  const keys = new Set([...p.options.keys(), ...p.figures.keys()]);
  const answers = [...keys].map((questionKey) => ({
    questionKey,
    ...(p.options.has(questionKey) ? { optionKeys: p.options.get(questionKey) } : {}),
    ...(p.figures.has(questionKey) ? { inputs: [...p.figures.get(questionKey)!].map(([key, value]) => ({ key, value })) } : {}),
  }));
  const sceneLevels = [...p.scenes].map(([sceneKey, level]) => ({ sceneKey, level }));
  return { answers, sceneLevels, ...(p.position !== undefined ? { position: p.position } : {}) };
}

/**
 * The autosave queue of one attempt: changes are merged into patches (only what changed) and
 * sent one request at a time, at once or after a pause. A failed batch is kept and goes out
 * again on `retry` or with the next change.
 */
export class AutosaveQueue {
  private pending = emptyPending();
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failed = false;

  private send: (batch: SaveBatch) => Promise<SendResult> = () => Promise.resolve({ ok: false, message: null });

  constructor(private readonly report: (state: SaveState) => void) {}

  /** How a batch goes to the server (set once the component has its mutation). */
  setSender(send: (batch: SaveBatch) => Promise<SendResult>): void {
    this.send = send;
  }

  choose(questionKey: string, optionKeys: string[], position: string | undefined, delay: number): void {
    this.pending.options.set(questionKey, optionKeys);
    this.schedule(position, delay);
  }

  setFigure(questionKey: string, inputKey: string, value: number | null, position: string | undefined, delay: number): void {
    const figures = this.pending.figures.get(questionKey) ?? new Map<string, number | null>();
    figures.set(inputKey, value);
    this.pending.figures.set(questionKey, figures);
    this.schedule(position, delay);
  }

  judge(sceneKey: string, level: number, position: string | undefined, delay: number): void {
    this.pending.scenes.set(sceneKey, level);
    this.schedule(position, delay);
  }

  moveTo(position: string): void {
    this.schedule(position, 0);
  }

  retry(): void {
    this.schedule(undefined, 0);
  }

  /** Sends whatever waits; true once all of it is saved. */
  async flush(): Promise<boolean> {
    this.failed = false;
    await this.drain();
    return isEmpty(this.pending) && !this.failed;
  }

  /** Sends a change still waiting for its pause (leaving the page). */
  dispose(): void {
    if (this.timer) void this.drain();
  }

  private schedule(position: string | undefined, delay: number): void {
    if (position !== undefined) this.pending.position = position;
    this.failed = false;
    this.report({ status: 'saving' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (delay === 0) void this.drain();
    else this.timer = setTimeout(() => void this.drain(), delay);
  }

  /** Sends batches one after another until nothing waits (or one fails). */
  private async drain(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight) await this.inFlight;
    while (!isEmpty(this.pending) && !this.failed && !this.timer) {
      const batch = this.pending;
      this.pending = emptyPending();
      this.inFlight = this.sendOne(batch);
      await this.inFlight;
      this.inFlight = null;
    }
  }

  private async sendOne(batch: Pending): Promise<void> {
    const result = await this.send(toBatch(batch)).catch((): SendResult => ({ ok: false, message: null }));
    if (!result.ok) {
      this.pending = restore(batch, this.pending);
      this.failed = true;
      this.report({ status: 'error', message: result.message });
    } else if (isEmpty(this.pending)) {
      this.report({ status: 'saved', at: new Date() });
    }
  }
}
