import { z } from 'zod';
import { isHttpUrl } from '../text/url.ts';
import { TimestampSchema, VersionSchema } from './common.ts';
import { DigitsSettingSchema, InterfaceLanguageSchema } from './interface-language.ts';

/** Languages a report's labels can be written in. */
export const REPORT_LANGUAGES = ['ar', 'en'] as const;
export const ReportLanguageSchema = z.enum(REPORT_LANGUAGES);
export type ReportLanguage = z.infer<typeof ReportLanguageSchema>;

/** Largest logo accepted, in bytes of the image (before base64). */
export const MAX_LOGO_BYTES = 256 * 1024;
/** Image types a logo may have: raster only (an SVG can carry script). */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The magic bytes each logo type starts with. */
function hasImageSignature(mediaType: string, base64: string): boolean {
  const head = atob(base64.slice(0, 24));
  const bytes = Array.from(head, (char) => char.charCodeAt(0));
  const starts = (...expected: number[]) => expected.every((byte, i) => bytes[i] === byte);
  if (mediaType === 'image/png') return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  if (mediaType === 'image/jpeg') return starts(0xff, 0xd8, 0xff);
  return starts(0x52, 0x49, 0x46, 0x46) && head.slice(8, 12) === 'WEBP';
}

/** A logo as a `data:` URL of a PNG, JPEG or WebP image, checked by its first bytes, at most 256 kB. */
export const LogoSchema = z.string().superRefine((value, ctx) => {
  const match = DATA_URL.exec(value);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: 'Upload the logo as a PNG, JPEG or WebP image.' });
    return;
  }
  const [, mediaType, base64] = match as unknown as [string, string, string];
  if ((base64.length * 3) / 4 > MAX_LOGO_BYTES) ctx.addIssue({ code: 'custom', message: 'The logo is larger than 256 kB.' });
  else if (!hasImageSignature(mediaType, base64)) ctx.addIssue({ code: 'custom', message: `The file is not a ${mediaType.slice(6).toUpperCase()} image.` });
});

/** An http(s) URL (the organisation's site or where fact-checks are published). */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(isHttpUrl, 'Use a full http:// or https:// address.');

/** The most independent sources the organisation can require before submission. */
export const MAX_INDEPENDENT_SOURCES_RULE = 5;

/** The organisation's settings: who publishes the fact-checks and where. */
export const OrganisationSchema = z.object({
  /** Name shown on reports and as the ClaimReview author. */
  name: z.string(),
  /** The organisation's home page (empty until set). */
  url: z.string(),
  /** Logo as a data URL, or null. */
  logo: z.string().nullable(),
  /** Base URL of published fact-checks: each ClaimReview's `url` lies under it (empty until set). */
  publishBaseUrl: z.string(),
  /** Language of the report's labels and headings. */
  reportLanguage: ReportLanguageSchema,
  /** Interface language of users who have not chosen their own. */
  defaultLanguage: InterfaceLanguageSchema,
  /** How numbers are written in the Arabic interface: `latn` (0-9) or `arab` (٠-٩). */
  digits: DigitsSettingSchema,
  /** Independent sources (supporting or contradicting) a claim needs before it can be submitted; 0: no such rule. */
  minIndependentSources: z.number().int().min(0).max(MAX_INDEPENDENT_SOURCES_RULE),
  /** Whether new articles need a second, independent rating of each claim (editors can change it per article). */
  doubleRatingDefault: z.boolean(),
  updatedAt: TimestampSchema,
  version: VersionSchema,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** `PATCH /api/organisation` body (admin, with If-Match). */
export const UpdateOrganisationInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'Give the organisation a name.').max(200).optional(),
    url: HttpUrlSchema.optional(),
    logo: LogoSchema.nullable().optional(),
    publishBaseUrl: HttpUrlSchema.optional(),
    reportLanguage: ReportLanguageSchema.optional(),
    /** Interface language of users who have not chosen their own. */
    defaultLanguage: InterfaceLanguageSchema.optional(),
    /** How numbers are written in the Arabic interface. */
    digits: DigitsSettingSchema.optional(),
    /** Independent sources a claim needs before submission (0 to 5; 0 turns the rule off). */
    minIndependentSources: z.number().int().min(0).max(MAX_INDEPENDENT_SOURCES_RULE).optional(),
    /** Whether new articles need a second, independent rating of each claim. */
    doubleRatingDefault: z.boolean().optional(),
  })
  .refine((input) => Object.values(input).some((value) => value !== undefined), 'Change at least one field.');
export type UpdateOrganisationInput = z.infer<typeof UpdateOrganisationInputSchema>;
