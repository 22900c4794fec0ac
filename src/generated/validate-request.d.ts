// Generated validator (see scripts/gen-validators.mjs).
import type { ErrorObject } from 'ajv';

export const validateRequest: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
