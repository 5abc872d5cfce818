import type { MappableContact, SmailyPayload } from '../../shared/mapping-engine';
import {
  PushDecider,
  skipReasons,
  type PushCandidate,
  type PushDecision,
  type SkipReason,
} from '../../shared/push-rules';

/** One contact as a job fixes it at its start: who it was, and either its batch and payload or why it is skipped. */
export interface PlannedContact {
  /** Place in code order, from 0. */
  seq: number;
  code: string;
  name: string;
  email: string;
  /** The contact's change_seq as read (migration 0013); acknowledged with the contact. */
  changeSeq: number | null;
  /** For a contact to send: its batch (from 0) and the row Smaily gets. */
  send: { batch: number; payload: SmailyPayload } | null;
  skip: { reason: SkipReason; duplicateOf: string | null } | null;
}

/** A contact as the plan takes it: the card, the facts the rules read, and its change_seq when known. */
export type PlanInput = MappableContact &
  Pick<PushCandidate, 'forgotten' | 'removedFromStandardBooks'> & { changeSeq?: number };

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

  add(contact: PlanInput): PlannedContact {
    return this.record(contact, this.decide(contact));
  }

  /**
   * The rules' verdict on a contact, which takes its e-mail when it is sent: every contact of the selection must
   * be decided, in code order, also those a narrowed plan does not record (see `record`).
   */
  decide(contact: PushCandidate): PushDecision {
    return this.decider.decide(contact);
  }

  /** Gives a decided contact its place in the job: its row, and its batch when it is sent. */
  record(contact: PlanInput, decision: PushDecision): PlannedContact {
    const planned = {
      seq: this.seq,
      code: contact.Code,
      name: contact.Name,
      email: contact.eMail,
      changeSeq: contact.changeSeq ?? null,
    };
    this.seq += 1;
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
