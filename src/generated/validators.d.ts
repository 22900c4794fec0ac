// Generated validators (see scripts/gen-validators.mjs).
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validateRequest: Validator;
export const validateConfig: Validator;
