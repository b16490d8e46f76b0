import type { AuditResult } from "../audit";
import type { PaidItem } from "./paid-item";
import { type SamplePopulation, samplePopulation } from "./sample-population";
import { DEFAULT_CONFIDENCE, DEFAULT_TOLERABLE_RATE, sampleSize } from "./sample-size";
import { type SampleMethod, selectSample } from "./select-sample";

/** How to draw a sample: the spec's defaults unless given (spec section 11). */
export interface SampleChoices {
  readonly seed: number;
  readonly method?: SampleMethod;
  readonly confidence?: number;
  readonly tolerable?: number;
  /** A fixed size instead of the planned one (still capped at the population). */
  readonly size?: number;
  /** Agreement years to draw from; every year when absent. */
  readonly years?: readonly number[];
}

/** A plan and its draw. */
export interface SampleDraw {
  readonly method: SampleMethod;
  readonly seed: number;
  readonly confidence: number;
  readonly tolerable: number;
  readonly population: SamplePopulation;
  readonly items: readonly PaidItem[];
}

/**
 * Plans and draws a sample of an audit's paid items: the one function behind the CLI's `sample`
 * and the task pane's "Dra stickprov", so the same workbook and seed give the same sample in both.
 */
export function drawSample(result: AuditResult, choices: SampleChoices): SampleDraw {
  const method = choices.method ?? "random";
  const confidence = choices.confidence ?? DEFAULT_CONFIDENCE;
  const tolerable = choices.tolerable ?? DEFAULT_TOLERABLE_RATE;
  const population = samplePopulation(result.paidItems, choices.years);
  const n = choices.size === undefined ? sampleSize(confidence, tolerable, population.items.length) : Math.min(choices.size, population.items.length);
  return { method, seed: choices.seed, confidence, tolerable, population, items: selectSample(population.items, n, choices.seed, method) };
}
