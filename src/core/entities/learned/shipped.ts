import { decodeWeights, type EntityModel } from './model';
import { SCALE, WEIGHTS } from './weights';

let cached: EntityModel | null | undefined;

/** The committed model, decoded on first use; null before any was trained (the rules then decide alone). */
export function shippedModel(): EntityModel | null {
  if (cached === undefined) cached = WEIGHTS ? decodeWeights(WEIGHTS, SCALE) : null;
  return cached;
}
