import { STATUS_CODES } from 'node:http';
import type { AppError, ErrorCode, FieldError } from '../core/errors.js';

export interface ErrorEnvelope {
  status: number;
  statusCode: number;
  error: string;
  message: ErrorCode;
  requestId: string;
  errors?: FieldError[];
  details?: Record<string, unknown>;
}

export function envelope(error: AppError, requestId: string): ErrorEnvelope {
  const status = error.status;
  const body: ErrorEnvelope = {
    status,
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    message: error.code,
    requestId,
  };
  if (error.options.errors) body.errors = error.options.errors;
  if (error.options.details) body.details = error.options.details;
  return body;
}
