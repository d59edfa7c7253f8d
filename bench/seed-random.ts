import { v7 as uuidv7 } from 'uuid';

/**
 * A small seeded PRNG (mulberry32): the same `--seed` and `--contacts` give the same rows whichever writer
 * stores them, so the repository and batch paths can be compared row for row.
 */
export class Random {
  private state: number;
  private readonly idBytes = new Uint8Array(16);

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Picks by weight; `weights` need not sum to 1. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /**
   * A UUIDv7 stamped with the record's (historical) creation time, as if it had been made then: ids keep
   * the time order the production id generator gives them, and stay reproducible.
   */
  uuid(msecs: number): string {
    for (let i = 0; i < 16; i++) this.idBytes[i] = this.int(256);
    return uuidv7({ msecs, random: this.idBytes });
  }
}
