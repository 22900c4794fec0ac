// Generated validator (see scripts/gen-validators.mjs).
import type { ErrorObject } from 'ajv';

export const validateConfig: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
