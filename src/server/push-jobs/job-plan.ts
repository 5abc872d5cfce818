import type { MappableContact, SmailyPayload } from '../../shared/mapping-engine';
import { PushDecider, skipReasons, type PushCandidate, type SkipReason } from '../../shared/push-rules';

/** One contact as a job fixes it at its start: who it was, and either its batch and payload or why it is skipped. */
export interface PlannedContact {
  /** Place in code order, from 0. */
  seq: number;
  code: string;
  name: string;
  email: string;
  /** For a contact to send: its batch (from 0) and the row Smaily gets. */
  send: { batch: number; payload: SmailyPayload } | null;
  skip: { reason: SkipReason; duplicateOf: string | null } | null;
}

export type SkipCounts = Record<SkipReason, number>;

/** Where a plan stands, to go on with after a restart. */
export interface PlanState {
  /** Contacts planned so far. */
  seq: number;
  /** Of them, the contacts to send. */
  toSend: number;
  skipped: SkipCounts;
}

export const noSkips = (): SkipCounts => Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as SkipCounts;

/**
 * Plans a job one contact at a time, fed in code order: the rules of a push (product.md) decide who is skipped
 * and why, and the contacts to send are cut into batches of at most `batchSize` in that same order. Holds only
 * counters and the decider's one entry per e-mail, so 100 000 contacts can stream through it page by page.
 */
export class JobPlan {
  private readonly decider = new PushDecider();
  private seq: number;
  private toSend: number;
  readonly skipped: SkipCounts;

  constructor(
    private readonly batchSize: number,
    /** The row Smaily gets for a contact to send (the mapping engine over the job's snapshot). */
    private readonly payloadOf: (contact: MappableContact) => SmailyPayload,
    /** A plan that goes on: its counters, and then `remember` for each contact it already sends. */
    state: PlanState = { seq: 0, toSend: 0, skipped: noSkips() },
  ) {
    if (!(batchSize >= 1)) throw new RangeError(`batch size must be at least 1, got ${batchSize}`);
    this.seq = state.seq;
    this.toSend = state.toSend;
    this.skipped = { ...state.skipped };
  }

  /** A contact planned to be sent before a restart: its e-mail is taken, as it was then. */
  remember(code: string, email: string): void {
    this.decider.decide({ Code: code, eMail: email, blockedFlag: false });
  }

  add(contact: MappableContact & Pick<PushCandidate, 'forgotten' | 'removedFromStandardBooks'>): PlannedContact {
    const planned = { seq: this.seq, code: contact.Code, name: contact.Name, email: contact.eMail };
    this.seq += 1;
    const decision = this.decider.decide(contact);
    if (!decision.send) {
      this.skipped[decision.reason] += 1;
      return { ...planned, send: null, skip: { reason: decision.reason, duplicateOf: decision.duplicateOf ?? null } };
    }
    const batch = Math.floor(this.toSend / this.batchSize);
    this.toSend += 1;
    return { ...planned, send: { batch, payload: this.payloadOf(contact) }, skip: null };
  }

  get total(): number {
    return this.seq;
  }

  get sendCount(): number {
    return this.toSend;
  }

  get batches(): number {
    return Math.ceil(this.toSend / this.batchSize);
  }
}
