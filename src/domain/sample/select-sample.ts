import { SeededRandom } from "../seeded-random";
import { type PaidItem, paidOre } from "./paid-item";

/** How items are selected (spec section 11): simple random, or monetary-unit (by amount). */
export type SampleMethod = "random" | "mus";

export const SAMPLE_METHODS: readonly SampleMethod[] = ["random", "mus"];

/** The largest seed: the generator's state is 32 bits. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * Draws `n` distinct items of the population (already in its fixed order) with the seeded
 * generator, and returns them in population order. The algorithms are part of the contract
 * (the same population and seed give the same sample in every door and version):
 *
 * - `random`: a partial Fisher–Yates shuffle of the positions 0…N−1: for i = 0…n−1, j = i +
 *   floor(next() × (N − i)), swap positions i and j; the first n positions are the sample.
 * - `mus` (monetary-unit, probability proportional to amount, without replacement): n times,
 *   u = next() × (the remaining items' total in öre); walk the remaining items in population order,
 *   subtracting each amount, and take the item at which u falls below zero; remove it.
 */
export function selectSample(population: readonly PaidItem[], n: number, seed: number, method: SampleMethod): readonly PaidItem[] {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`selectSample: seed ${seed} is not a whole number in 0…${MAX_SEED}`);
  const size = Math.min(Math.max(0, Math.floor(n)), population.length);
  const random = new SeededRandom(seed);
  const chosen = method === "mus" ? byMonetaryUnits(population, size, random) : byRandomPositions(population.length, size, random);
  return chosen.sort((a, b) => a - b).map((index) => population[index]!);
}

function byRandomPositions(count: number, size: number, random: SeededRandom): number[] {
  const positions = Array.from({ length: count }, (_, index) => index);
  // One swap more (`i <= size`, a mutant left counted) would move only positions from `size` on,
  // which the sample does not take: equivalent.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random.next() * (count - i));
    [positions[i], positions[j]] = [positions[j]!, positions[i]!];
  }
  return positions.slice(0, size);
}

function byMonetaryUnits(population: readonly PaidItem[], size: number, random: SeededRandom): number[] {
  // Whole öre as doubles: sums stay exact integers far below 2^53.
  const weights = population.map((item) => Math.max(0, paidOre(item.amount)));
  const remaining = population.map((_, index) => index);
  let total = weights.reduce((sum, weight) => sum + weight, 0);
  const chosen: number[] = [];
  for (let draw = 0; draw < size; draw++) {
    // The last item unless the walk finds one. The walk always does: next() is below 1 by at least
    // 2^−32, so u is below the total by at least total × 2^−32 öre, far more than the rounding of
    // fewer than 2 million subtractions can take back. So the default, and the walk's bound
    // (`k <= remaining.length`), are equivalent mutants left counted; seeded-random.ts's pick() is alike.
    let at = remaining.length - 1;
    if (total > 0) {
      let roll = random.next() * total;
      for (let k = 0; k < remaining.length; k++) {
        roll -= weights[remaining[k]!]!;
        if (roll < 0) {
          at = k;
          break;
        }
      }
    } else {
      // Nothing left with an amount: the rest are equally likely.
      at = Math.floor(random.next() * remaining.length);
    }
    const index = remaining.splice(at, 1)[0]!;
    total -= weights[index]!;
    chosen.push(index);
  }
  return chosen;
}
