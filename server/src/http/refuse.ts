import type { Response } from 'express';

/** Answers a non-GraphQL route's refusal with the same codes GraphQL errors carry. */
export function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}
