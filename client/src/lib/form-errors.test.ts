import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CreateClaimInputSchema } from '@sanad/shared/schemas/claim';
import { ApiError } from './api-client.ts';
import { apiFieldErrors, zodFieldErrors } from './form-errors.ts';

describe('zodFieldErrors', () => {
  it('keeps the first message of each top-level field', () => {
    const schema = z.object({ title: z.string().min(1, 'Write a title.').max(3, 'Too long.'), url: z.url('Not a URL.') });
    const result = schema.safeParse({ title: '', url: 'nope' });
    if (result.success) throw new Error('expected a failed parse');
    expect(zodFieldErrors(result.error)).toEqual({ title: 'Write a title.', url: 'Not a URL.' });
  });

  it('files a nested problem under its top-level field, first message first', () => {
    const schema = z.object({ source: z.object({ title: z.string().min(1, 'Title first.'), url: z.string().min(1, 'URL second.') }) });
    const result = schema.safeParse({ source: { title: '', url: '' } });
    if (result.success) throw new Error('expected a failed parse');
    expect(zodFieldErrors(result.error)).toEqual({ source: 'Title first.' });
  });

  it('files a problem of the whole form under _form', () => {
    const result = CreateClaimInputSchema.safeParse('not an object');
    if (result.success) throw new Error('expected a failed parse');
    expect(Object.keys(zodFieldErrors(result.error))).toEqual(['_form']);
  });
});

describe('apiFieldErrors', () => {
  it('keys the envelope details by field, below "body"', () => {
    const error = new ApiError(400, 'validation_failed', 'Check the fields.', [
      { path: ['body', 'url'], message: 'Only http and https URLs are accepted.' },
      { path: ['body', 'url'], message: 'A second problem.' },
      { path: ['body', 'title'], message: 'Write the title.' },
      { path: ['query', 'q'], message: 'Too short.' },
    ]);
    expect(apiFieldErrors(error)).toEqual({ url: 'Only http and https URLs are accepted.', title: 'Write the title.', query: 'Too short.' });
  });

  it('files details without a field under _form', () => {
    const error = new ApiError(400, 'validation_failed', 'Check the fields.', [
      { path: ['body'], message: 'Change at least one field.' },
      { path: [], message: 'Ignored: _form already has a message.' },
    ]);
    expect(apiFieldErrors(error)).toEqual({ _form: 'Change at least one field.' });
  });

  it('has nothing to say about errors that are not from the API', () => {
    expect(apiFieldErrors(new Error('boom'))).toEqual({});
    expect(apiFieldErrors({ details: [{ path: ['body', 'url'], message: 'x' }] })).toEqual({});
    expect(apiFieldErrors(new ApiError(409, 'conflict', 'Someone else saved first.'))).toEqual({});
  });
});
