/**
 * How an account's rate follows Smaily's 429s. Smaily counts 5 requests a second per IP address, shared with
 * whatever else the company runs (a web-shop plugin), so the share left to this app is unknown and changes.
 */
export interface AdaptiveRateOptions {
  /** On a 429 the rate is multiplied by this (the multiplicative decrease)… */
  decreaseFactor: number;
  /**
   * …and put below what got through: the refused request had `n` requests of ours in its second, so Smaily let
   * at most `n - 1` through; the rate becomes at most that many times this margin…
   */
  admittedMargin: number;
  /** …but one 429 never takes more than this share of the rate away (a burst from another client passes). */
  largestDecrease: number;
  /**
   * The rate grows by `raiseStep` requests/s once `raiseEveryMs` have passed since its last change, if at least
   * `raiseAfter` requests sent at the current rate were accepted meanwhile and none was refused.
   */
  raiseStep: number;
  raiseEveryMs: number;
  raiseAfter: number;
  /** Never slower than this (requests/s), however many 429s: requests keep being tried. */
  minRps: number;
  /** An account with no request for this long is back at its full rate: what limited it then may be gone. */
  restoreAfterIdleMs: number;
}

/**
 * Tuned against a limit shared at 3 requests/s with the app set at 4: the first 429 puts the rate at 2.85, and it
 * climbs back by a twentieth of a request every 10 seconds, so a job meets a 429 about once in 40 seconds
 * instead of every second, while a share that grows is used again within minutes. A lone request refused (a
 * burst from the other client) costs at most 60 % of the rate.
 */
export const defaultAdaptiveRate: AdaptiveRateOptions = {
  decreaseFactor: 0.75,
  admittedMargin: 0.95,
  largestDecrease: 0.6,
  raiseStep: 0.05,
  raiseEveryMs: 10_000,
  raiseAfter: 10,
  minRps: 0.25,
  restoreAfterIdleMs: 5 * 60_000,
};

export type RateChangeCause = 'rate-limited' | 'accepted' | 'idle';

/** A change of an account's rate, for its one log line. */
export interface RateChange {
  from: number;
  to: number;
  cause: RateChangeCause;
}

/** What the rate learns from one finished request. */
export interface FinishedRequest {
  /** When the limiter let it start: answers to requests started before the last change say nothing new. */
  grantedAt: number;
  /** Our requests that Smaily counted in the second up to this one's sending, this one included. */
  windowCount: number;
  maxRps: number;
}

/** 429: Smaily refused for the rate; accepted: any other answer; failed: no answer, or Smaily's own trouble. */
export type RequestAnswer = 'accepted' | 'rate-limited' | 'failed';

const round = (rps: number) => Math.round(rps * 1000) / 1000;

/** One account's rate: additive increase, multiplicative decrease, never above the configured maximum. */
export class AdaptiveRate {
  /** null while the account runs at its configured maximum. */
  private lowered: number | null = null;
  private changedAt = Number.NEGATIVE_INFINITY;
  private acceptedSinceChange = 0;
  private lastUsedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: AdaptiveRateOptions) {}

  current(maxRps: number): number {
    return Math.min(maxRps, this.lowered ?? maxRps);
  }

  /** A request is about to start; returns the change when a long quiet spell restored the full rate. */
  use(maxRps: number, at: number): RateChange | null {
    const idle = at - this.lastUsedAt >= this.options.restoreAfterIdleMs;
    this.lastUsedAt = at;
    if (!idle || this.lowered === null) return null;
    return this.set(maxRps, maxRps, at, 'idle');
  }

  record(request: FinishedRequest, answer: RequestAnswer, at: number): RateChange | null {
    this.lastUsedAt = at;
    // Started before the last change: it tells about the old rate, which has been dealt with.
    if (request.grantedAt < this.changedAt || answer === 'failed') return null;
    const { maxRps } = request;
    const from = this.current(maxRps);
    const { decreaseFactor, admittedMargin, largestDecrease, minRps } = this.options;
    if (answer === 'rate-limited') {
      const admitted = (request.windowCount - 1) * admittedMargin;
      const lowered = Math.max(from * (1 - largestDecrease), Math.min(from * decreaseFactor, admitted));
      return this.set(Math.max(Math.min(minRps, maxRps), lowered), maxRps, at, answer);
    }
    if (this.lowered === null) return null;
    this.acceptedSinceChange += 1;
    const { raiseAfter, raiseEveryMs, raiseStep } = this.options;
    if (this.acceptedSinceChange < raiseAfter || at - this.changedAt < raiseEveryMs) return null;
    return this.set(Math.min(maxRps, from + raiseStep), maxRps, at, answer);
  }

  private set(rate: number, maxRps: number, at: number, cause: RateChangeCause): RateChange | null {
    const from = this.current(maxRps);
    const to = round(rate);
    this.changedAt = at;
    this.acceptedSinceChange = 0;
    this.lowered = to >= maxRps ? null : to;
    return to === from ? null : { from, to, cause };
  }
}
