import { z } from 'zod';
import { type StandardProblem, asList, formatPath, forward, isRecord, problemsOf } from './problems.ts';

/**
 * Validators for the W3C Web Annotation Data Model (Recommendation, 23 February
 * 2017, https://www.w3.org/TR/annotation-model/) and the terms of its Vocabulary
 * (https://www.w3.org/TR/annotation-vocab/), for Sanad's `w3c` export. Each rule
 * quotes the sentence of the model it comes from. Unknown properties are let
 * through: "Implementations MUST ignore unfamiliar properties" (Vocabulary,
 * Extensions). A few SHOULDs that Sanad always meets are enforced too and say so.
 */

/** The context every annotation names (Model 3.1). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The Motivations the model defines (Model 3.3.5), usable as `motivation` and `purpose`. */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

/** Keys the Web Annotation JSON-LD context defines (Vocabulary, Appendix A), which an extension context may not redefine. */
const ANNO_TERMS = new Set([
  ...['oa', 'dc', 'dcterms', 'dctypes', 'foaf', 'rdf', 'rdfs', 'skos', 'xsd', 'iana', 'owl', 'as', 'schema', 'id', 'type'],
  ...['Annotation', 'Dataset', 'Image', 'Video', 'Audio', 'Text', 'TextualBody', 'ResourceSelection', 'SpecificResource'],
  ...['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector'],
  ...['SvgSelector', 'RangeSelector', 'TimeState', 'HttpRequestState', 'CssStylesheet', 'Choice', 'Person', 'Software'],
  ...['Organization', 'AnnotationCollection', 'AnnotationPage', 'Audience', 'Motivation', 'reviewing', ...MOTIVATIONS],
  ...['auto', 'ltr', 'rtl', 'body', 'target', 'source', 'selector', 'state', 'scope', 'refinedBy', 'startSelector'],
  ...['endSelector', 'renderedVia', 'creator', 'generator', 'rights', 'homepage', 'via', 'canonical', 'stylesheet', 'cached'],
  ...['conformsTo', 'items', 'partOf', 'first', 'last', 'next', 'prev', 'audience', 'motivation', 'purpose', 'textDirection'],
  ...['accessibility', 'bodyValue', 'format', 'language', 'processingLanguage', 'value', 'exact', 'prefix', 'suffix'],
  ...['styleClass', 'name', 'email', 'email_sha1', 'nickname', 'label', 'created', 'modified', 'generated', 'sourceDate'],
  ...['sourceDateStart', 'sourceDateEnd', 'start', 'end', 'total', 'startIndex'],
]);

// ---------------------------------------------------------------------------
// Values

/**
 * An absolute IRI (RFC 3987): a scheme, a colon, then no spaces or characters
 * IRIs exclude. Accepts `http://...`, `urn:uuid:...`, `mailto:...`.
 */
export function isIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]+$/u.test(value);
}

// Terminology: "Web Resource: A Resource that MUST be identified by an IRI".
const IriSchema = z.string({ error: 'Expected an IRI (a string).' }).refine(isIri, { error: (issue) => `"${String(issue.input)}" is not an absolute IRI.` });

/**
 * True for an xsd:dateTime in UTC written with "Z", as the model requires of
 * `created`, `modified` and `generated` (Model 3.3.1: "The datetime MUST be a
 * xsd:dateTime with the UTC timezone expressed as "Z"").
 */
export function isUtcDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const validDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return validDay && hour <= 23 && minute <= 59 && second <= 59;
}

const DateTimeSchema = z
  .string({ error: 'Expected exactly one xsd:dateTime string.' })
  .refine(isUtcDateTime, { error: (issue) => `"${String(issue.input)}" is not an xsd:dateTime in UTC ending in "Z" (e.g. 2015-01-28T12:00:00Z).` });

/** True for a well-formed BCP 47 language tag (`ar`, `en-GB`, `zh-Hant-TW`). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

// Model 3.2.1 language: "The value of the property SHOULD be a language code following the [bcp47] specification." (enforced)
const LanguageSchema = z
  .string({ error: 'Expected a BCP 47 language tag.' })
  .refine(isLanguageTag, { error: (issue) => `"${String(issue.input)}" is not a BCP 47 language tag.` });

// Vocabulary, Extending Motivations: "New Motivations MUST be instances of oa:Motivation" — so a motivation is one
// of the model's names or the IRI of a Motivation defined elsewhere.
const MotivationSchema = z.string({ error: 'Expected a motivation name.' }).refine(
  (value) => (MOTIVATIONS as readonly string[]).includes(value) || (value.includes(':') && isIri(value)),
  { error: (issue) => `"${String(issue.input)}" is not a Motivation: use one of ${MOTIVATIONS.join(', ')}, or the IRI of an extension.` },
);

/** One value or a non-empty array of them ("1 or more" in the model). */
function oneOrMore<T extends z.ZodType>(schema: T, what = 'a value') {
  return z.union([schema, z.array(schema).min(1, 'An empty array: give at least one value or leave the property out.')], {
    error: `Expected ${what} or an array of them.`,
  });
}

/**
 * One value or a non-empty array of values that `item` (a rule picking the
 * schema by the value's type) checks one by one; `missing` makes it required.
 */
function oneOrMoreOf(item: z.ZodType, what: string, empty = `An empty array: give at least one ${what} or leave the property out.`) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (!Array.isArray(value)) return forward(item, value, ctx);
      if (value.length === 0) ctx.addIssue({ code: 'custom', message: empty });
      value.forEach((entry, index) => forward(item, entry, ctx, [index]));
    })
    .optional();
}

/** A required IRI, with a sentence for when it is missing. */
function requiredIri(missing: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'Expected exactly one IRI (a string).') })
    .refine(isIri, { error: (issue) => `"${String(issue.input)}" is not an absolute IRI.` });
}

/** A `type` that is, or includes, `name`: "MUST have 1 or more types, and the X class MUST be one of them". */
function typeIncluding(name: string) {
  return z
    .union([z.string(), z.array(z.string()).min(1)], { error: `type must be "${name}" or an array that includes it.` })
    .refine((value) => asList(value).includes(name), { message: `type must include "${name}".` });
}

/** True when the resource's `type` is, or includes, `name`. */
function hasType(value: Record<string, unknown>, name: string): boolean {
  return asList(value.type).includes(name);
}

// ---------------------------------------------------------------------------
// @context

/**
 * Model 3.1: "The Annotation MUST have 1 or more @context values and
 * http://www.w3.org/ns/anno.jsonld MUST be one of them. If there is only one
 * value, then it MUST be provided as a string." The collection (Model 5.1)
 * repeats the first sentence only. Vocabulary, Extensions: "Extension contexts
 * MUST NOT redefine existing JSON-LD keys from the Web Annotation context."
 */
function contextSchema(kind: 'annotation' | 'collection') {
  return z.union([z.string(), z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).min(1)], {
    error: `@context must be "${ANNO_CONTEXT}" or an array that includes it.`,
  }).superRefine((value, ctx) => {
    const values = asList(value);
    if (!values.includes(ANNO_CONTEXT)) ctx.addIssue({ code: 'custom', message: `@context must include "${ANNO_CONTEXT}".` });
    if (kind === 'annotation' && Array.isArray(value) && value.length === 1) {
      ctx.addIssue({ code: 'custom', message: 'A single @context value must be given as a string, not an array of one.' });
    }
    values.forEach((entry, index) => {
      if (!isRecord(entry)) return;
      for (const key of Object.keys(entry)) {
        if (ANNO_TERMS.has(key)) {
          ctx.addIssue({ code: 'custom', message: `The extension context redefines "${key}", a key of the Web Annotation context.`, path: Array.isArray(value) ? [index, key] : [key] });
        }
      }
    });
  });
}

// ---------------------------------------------------------------------------
// Agents (Model 3.3.2)

const AgentObjectSchema = z.looseObject({
  // "An Agent SHOULD have exactly 1 IRI that identifies it, and MUST NOT have more than 1."
  id: IriSchema.optional(),
  // "An Agent SHOULD have 1 or more classes, from those listed below." (enforced: Sanad always types its agents)
  type: z
    .unknown()
    .refine((value) => asList(value).some((type) => type === 'Person' || type === 'Organization' || type === 'Software'), {
      message: 'An agent’s type must include Person, Organization or Software.',
    }),
  // "Each agent SHOULD have exactly 1 name property, and MAY have 0 or more."
  name: oneOrMore(z.string(), 'a string').optional(),
  // "Each agent SHOULD have exactly 1 nickname property, and MAY have 0."
  nickname: z.string().optional(),
  // "The email address associated with the agent, using the mailto: IRI scheme."
  email: oneOrMore(z.string().refine((value) => value.startsWith('mailto:') && isIri(value), 'An email must be a mailto: IRI.'), 'a mailto: IRI').optional(),
  email_sha1: oneOrMore(z.string(), 'a string').optional(),
  homepage: oneOrMore(IriSchema, 'an IRI').optional(),
});

// creator / generator are Relationships: "a quoted string containing an IRI, an object that has the id property, or an array".
const AgentSchema: z.ZodType = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string') forward(IriSchema, value, ctx);
  else if (isRecord(value)) forward(AgentObjectSchema, value, ctx);
  else ctx.addIssue({ code: 'custom', message: 'An agent must be an IRI or an object with a type.' });
});

// ---------------------------------------------------------------------------
// Selectors (Model 4.2)

const nonNegativeInteger = (name: string) =>
  z.number({ error: `${name} must be a non-negative integer.` }).int(`${name} must be a non-negative integer.`).nonnegative(`${name} must be a non-negative integer.`);

/** Model 4.2.4 Text Quote Selector. */
export const TextQuoteSelectorSchema = z.looseObject({
  // "Text Quote Selectors MUST have exactly 1 type and the value MUST be TextQuoteSelector."
  type: z.literal('TextQuoteSelector'),
  // "Each TextQuoteSelector MUST have exactly 1 exact property."
  exact: z.string({ error: 'A TextQuoteSelector must have exactly one exact string.' }),
  // "Each TextQuoteSelector SHOULD have exactly 1 prefix property, and MUST NOT have more than 1."
  prefix: z.string({ error: 'prefix must be a single string.' }).optional(),
  // "Each TextQuoteSelector SHOULD have exactly 1 suffix property, and MUST NOT have more than 1."
  suffix: z.string({ error: 'suffix must be a single string.' }).optional(),
});

/** Model 4.2.5 Text Position Selector. */
export const TextPositionSelectorSchema = z
  .looseObject({
    // "Text Position Selectors MUST have exactly 1 type and the value MUST be TextPositionSelector."
    type: z.literal('TextPositionSelector'),
    // "Each TextPositionSelector MUST have exactly 1 start property, and the value MUST be a non-negative integer."
    start: nonNegativeInteger('start'),
    // "Each TextPositionSelector MUST have exactly 1 end property, and the value MUST be a non-negative integer."
    end: nonNegativeInteger('end'),
  })
  // "The start character is thus included in the list, but the end character is not": a segment, so start <= end.
  .refine((selector) => selector.start <= selector.end, { message: 'end must not be before start.', path: ['end'] });

/** The other selectors of Model 4.2, checked for their MUSTs so a mixed target still validates. */
const OTHER_SELECTORS: Record<string, z.ZodType> = {
  // "The FragmentSelector MUST have exactly 1 value property." / conformsTo "MUST NOT have more than 1".
  FragmentSelector: z.looseObject({ value: z.string({ error: 'A FragmentSelector must have exactly one value string.' }), conformsTo: IriSchema.optional() }),
  // "There MUST be exactly 1 value associated with a CSS Selector."
  CssSelector: z.looseObject({ value: z.string({ error: 'A CssSelector must have exactly one value string.' }) }),
  // "There MUST be exactly 1 value associated with an XPath Selector."
  XPathSelector: z.looseObject({ value: z.string({ error: 'An XPathSelector must have exactly one value string.' }) }),
  // "Each DataPositionSelector MUST have exactly 1 start property" (and end); the context types both xsd:nonNegativeInteger.
  DataPositionSelector: z.looseObject({ start: nonNegativeInteger('start'), end: nonNegativeInteger('end') }),
  // "There MAY be exactly 1 value property associated with the Selector".
  SvgSelector: z.looseObject({ value: z.string({ error: 'An SvgSelector value must be a single string.' }).optional() }),
  // "There MUST be exactly 1 startSelector" / "exactly 1 endSelector" (Model 4.2.9).
  RangeSelector: z.looseObject({ startSelector: z.looseObject({ type: z.string() }), endSelector: z.looseObject({ type: z.string() }) }),
};

/** A selector: an IRI, one of the model's selectors (checked), or an extension's (let through), each optionally refined. */
const SelectorSchema: z.ZodType = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string') return forward(IriSchema, value, ctx);
  if (!isRecord(value)) return void ctx.addIssue({ code: 'custom', message: 'A selector must be an object or an IRI.' });
  // Every selector class in Model 4.2 "MUST have exactly 1 type".
  if (typeof value.type !== 'string') return void ctx.addIssue({ code: 'custom', message: 'A selector must have exactly one type string.', path: ['type'] });
  if (value.type === 'TextQuoteSelector') forward(TextQuoteSelectorSchema, value, ctx);
  else if (value.type === 'TextPositionSelector') forward(TextPositionSelectorSchema, value, ctx);
  else if (value.type in OTHER_SELECTORS) forward(OTHER_SELECTORS[value.type]!, value, ctx);
  // Model 4.2.10 Refinement of Selection: refinedBy holds further selectors.
  if (value.refinedBy !== undefined) forward(oneOrMoreOf(SelectorSchema, 'selector'), value.refinedBy, ctx, ['refinedBy']);
});

// ---------------------------------------------------------------------------
// Bodies and targets (Model 3.2, 4)

/** Properties any Body or Target may carry (Model 3.2.1, 3.3). */
const resourceShape = {
  // "The Body or Target MAY have 1 or more types".
  type: oneOrMore(z.string(), 'a string').optional(),
  format: oneOrMore(z.string(), 'a string').optional(),
  language: oneOrMore(LanguageSchema, 'a language tag').optional(),
  // "Each Body and Target MAY have exactly 1 processingLanguage."
  processingLanguage: LanguageSchema.optional(),
  // "The value of the property MUST be one of the directions defined below (ltr, rtl, or auto)."
  textDirection: z.enum(['ltr', 'rtl', 'auto'], { error: 'textDirection must be one of ltr, rtl or auto.' }).optional(),
  // created / modified: "MUST NOT be more than 1" and "MUST be a xsd:dateTime with the UTC timezone expressed as "Z"".
  created: DateTimeSchema.optional(),
  modified: DateTimeSchema.optional(),
  creator: oneOrMoreOf(AgentSchema, 'agent').optional(),
  // rights: "the value MUST be an IRI".
  rights: oneOrMore(IriSchema, 'an IRI').optional(),
  // canonical: "There MAY be exactly 1 canonical IRI for each resource."
  canonical: IriSchema.optional(),
  via: oneOrMore(IriSchema, 'an IRI').optional(),
  accessibility: oneOrMore(z.string(), 'a string').optional(),
};

/** Model 3.2.4 Embedded Textual Body. */
const TextualBodySchema = z.looseObject({
  ...resourceShape,
  // "The Body MAY have exactly 1 IRI that identifies it."
  id: IriSchema.optional(),
  // "There MUST be exactly 1 value property associated with the TextualBody."
  value: z.string({ error: 'A TextualBody must have exactly one value string.' }),
  // "There MAY be 0 or more purposes associated with a TextualBody" — each a Motivation.
  purpose: oneOrMore(MotivationSchema, 'a motivation').optional(),
});

/** Model 4 Specific Resources. */
const SpecificResourceSchema = z.looseObject({
  ...resourceShape,
  // "A Specific Resource MAY have exactly 1 IRI that identifies it."
  id: IriSchema.optional(),
  // "There MUST be exactly 1 source relationship associated with a Specific Resource. The source resource MAY be
  // described in detail, as defined above, or be just the resource's IRI."
  source: z.union([IriSchema, z.looseObject({ id: IriSchema })], { error: 'A SpecificResource must have exactly one source: an IRI, or an object with an id IRI.' }),
  // "There MAY be 0 or more selector relationships associated with a Specific Resource."
  selector: oneOrMoreOf(SelectorSchema, 'selector'),
  // "There MAY be 0 or more Motivations associated with the SpecificResource using purpose."
  purpose: oneOrMore(MotivationSchema, 'a motivation').optional(),
});

/** Model 3.2.1 External Web Resources. */
const ExternalResourceSchema = z.looseObject({
  ...resourceShape,
  // "Bodies or Targets which are External Web Resources MUST have exactly 1 id with the value of the resource's IRI."
  id: requiredIri('An external resource must have exactly one id IRI (or be a TextualBody with a value, or a SpecificResource with a source).'),
});

function isSpecificResource(value: Record<string, unknown>): boolean {
  return hasType(value, 'SpecificResource') || 'source' in value;
}

/** A Body: an IRI, a TextualBody, a Choice, a SpecificResource or an External Web Resource. */
const BodySchema: z.ZodType = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string') return forward(IriSchema, value, ctx);
  if (!isRecord(value)) return void ctx.addIssue({ code: 'custom', message: 'A body must be an IRI or an object.' });
  if (hasType(value, 'Choice')) {
    // Model 3.2.7: "The Choice MUST have exactly 1 type, and it MUST be the Choice class." Its items list the options.
    if (value.type !== 'Choice') ctx.addIssue({ code: 'custom', message: 'A Choice must have exactly one type, "Choice".', path: ['type'] });
    forward(z.array(BodySchema, { error: 'A Choice must list its options in items.' }), value.items, ctx, ['items']);
  } else if (hasType(value, 'TextualBody')) forward(TextualBodySchema, value, ctx);
  else if (isSpecificResource(value)) forward(SpecificResourceSchema, value, ctx);
  else forward(ExternalResourceSchema, value, ctx);
});

/** A Target: "The Target resource is always an External Web Resource" — an IRI, a SpecificResource or a described resource. */
const TargetSchema: z.ZodType = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string') return forward(IriSchema, value, ctx);
  if (!isRecord(value)) return void ctx.addIssue({ code: 'custom', message: 'A target must be an IRI or an object.' });
  if (hasType(value, 'TextualBody') || hasType(value, 'Choice')) {
    return void ctx.addIssue({ code: 'custom', message: 'A target must be an external web resource, not an embedded TextualBody or Choice.', path: ['type'] });
  }
  if (isSpecificResource(value)) forward(SpecificResourceSchema, value, ctx);
  else forward(ExternalResourceSchema, value, ctx);
});

// ---------------------------------------------------------------------------
// Annotations (Model 3.1)

const annotationShape = {
  // "An Annotation MUST have exactly 1 IRI that identifies it."
  id: requiredIri('An annotation must have exactly one id IRI.'),
  // "An Annotation MUST have 1 or more types, and the Annotation class MUST be one of them."
  type: typeIncluding('Annotation'),
  // "There MUST be 1 or more target relationships associated with an Annotation."
  target: oneOrMoreOf(TargetSchema, 'target', 'An annotation must have at least one target.'),
  // "There SHOULD be 1 or more body relationships associated with an Annotation but there MAY be 0."
  body: oneOrMoreOf(BodySchema, 'body'),
  // bodyValue: "MUST be a single xsd:string".
  bodyValue: z.string({ error: 'bodyValue must be a single string.' }).optional(),
  // "There SHOULD be exactly 1 motivation for each Annotation, and MAY be 0 or more than 1."
  motivation: oneOrMore(MotivationSchema, 'a motivation').optional(),
  // created / modified / generated: "MUST NOT be more than 1", xsd:dateTime in UTC with "Z".
  created: DateTimeSchema.optional(),
  modified: DateTimeSchema.optional(),
  generated: DateTimeSchema.optional(),
  creator: oneOrMoreOf(AgentSchema, 'agent').optional(),
  // "There MAY be 0 or more generator relationships per Annotation".
  generator: oneOrMoreOf(AgentSchema, 'agent').optional(),
  rights: oneOrMore(IriSchema, 'an IRI').optional(),
  canonical: IriSchema.optional(),
  via: oneOrMore(IriSchema, 'an IRI').optional(),
};

function annotationRules(annotation: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(annotation)) return;
  // Model 3.1: "There MUST be 1 or more target relationships associated with an Annotation."
  if (annotation.target === undefined) ctx.addIssue({ code: 'custom', message: 'An annotation must have at least one target.', path: ['target'] });
  // Model 3.2.5: "If the bodyValue property is present, then the body relationship MUST NOT also be present."
  if (annotation.bodyValue !== undefined && annotation.body !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'An annotation with bodyValue must not also have a body.', path: ['bodyValue'] });
  }
  // Model 3.2.5: the string body "MUST NOT have a language associated with it" — no language on the annotation to inherit.
  if (annotation.bodyValue !== undefined && annotation.language !== undefined) {
    ctx.addIssue({ code: 'custom', message: 'A bodyValue must not have a language: use a TextualBody instead.', path: ['language'] });
  }
}

/** An annotation as it appears inside an AnnotationPage, where it needs no @context of its own (Model 5.2). */
export const EmbeddedAnnotationSchema = z.looseObject({ '@context': contextSchema('annotation').optional(), ...annotationShape }, { error: 'An annotation must be a JSON object.' }).superRefine(annotationRules, { when: () => true });

/** A stand-alone Web Annotation, with its @context. */
export const WebAnnotationSchema = z.looseObject({ '@context': contextSchema('annotation'), ...annotationShape }, { error: 'An annotation must be a JSON object.' }).superRefine(annotationRules, { when: () => true });

// ---------------------------------------------------------------------------
// Collections (Model 5)

/** Model 5.2 Annotation Page. */
export const AnnotationPageSchema = z.looseObject({
  // "If it is embedded, then it SHOULD NOT have an @context property"; if it has one, the collection's rule applies.
  '@context': contextSchema('collection').optional(),
  // "The Page MUST have exactly 1 IRI that provides its identity."
  id: requiredIri('An AnnotationPage must have exactly one id IRI.'),
  // "The Page MUST have 1 or more types, and the AnnotationPage class MUST be one of them."
  type: typeIncluding('AnnotationPage'),
  // partOf: "either the IRI of the Collection or an object with some or all of the Collections properties, including at least its id."
  partOf: z.union([IriSchema, z.looseObject({ id: IriSchema })], { error: 'partOf must be the collection’s IRI or an object with its id.' }).optional(),
  // "Each Page MUST have an array of 1 or more Annotations as the value of items."
  items: z.array(EmbeddedAnnotationSchema, { error: 'An AnnotationPage must have an items array.' }).min(1, 'An AnnotationPage must list at least one annotation in items; leave first out of an empty collection.'),
  next: IriSchema.optional(),
  prev: IriSchema.optional(),
  // "Each Page SHOULD have exactly 1 startIndex, and MUST NOT have more than 1. The value MUST be an xsd:nonNegativeInteger."
  startIndex: nonNegativeInteger('startIndex').optional(),
});

/** Model 5.1 Annotation Collection, with its first page embedded or referenced. */
export const AnnotationCollectionSchema = z
  .looseObject({
    // "The Collection MUST have 1 or more @context values and http://www.w3.org/ns/anno.jsonld MUST be one of them."
    '@context': contextSchema('collection'),
    // "The Collection MUST have exactly 1 IRI that identifies it."
    id: requiredIri('An AnnotationCollection must have exactly one id IRI.'),
    // "The Collection MUST have 1 or more types, and the AnnotationCollection class MUST be one of them."
    type: typeIncluding('AnnotationCollection'),
    // "Collections SHOULD have 1 or more labels, and the value MUST be a string."
    label: oneOrMore(z.string({ error: 'label must be a string.' }), 'a label string').optional(),
    // "Collections SHOULD have exactly 1 total, and if present it MUST be an xsd:nonNegativeInteger."
    total: nonNegativeInteger('total').optional(),
    // "The first Page MAY be embedded within the representation of the Collection, or it MAY be given as an IRI."
    first: z
      .unknown()
      .superRefine((value, ctx) => forward(typeof value === 'string' ? IriSchema : AnnotationPageSchema, value, ctx))
      .optional(),
    // "SHOULD have a reference to the IRI of the last page".
    last: IriSchema.optional(),
    created: DateTimeSchema.optional(),
    modified: DateTimeSchema.optional(),
    generated: DateTimeSchema.optional(),
    creator: oneOrMoreOf(AgentSchema, 'agent').optional(),
    generator: oneOrMoreOf(AgentSchema, 'agent').optional(),
  })
  .superRefine(
    (collection: unknown, ctx) => {
      if (!isRecord(collection)) return;
      const total = Number.isInteger(collection.total) && (collection.total as number) >= 0 ? (collection.total as number) : undefined;
      // "A Collection that has a total number of Annotations greater than 0 MUST have exactly 1 first page of Annotations."
      if (total !== undefined && total > 0 && collection.first === undefined) {
        ctx.addIssue({ code: 'custom', message: `The collection has ${total} annotations but no first page.`, path: ['first'] });
      }
      const first: unknown = collection.first;
      if (!isRecord(first) || !Array.isArray(first.items)) return;
      // startIndex: "The first entry in the first page is considered to be entry 0."
      if (first.startIndex !== undefined && first.startIndex !== 0) {
        ctx.addIssue({ code: 'custom', message: 'The first page’s startIndex must be 0.', path: ['first', 'startIndex'] });
      }
      if (total === undefined) return;
      // total is "The total number of Annotations in the Collection"; next: "If the current page is not the last page
      // in the Collection, it MUST have a reference to the IRI of the page that follows it."
      const count = first.items.length;
      if (count > total) {
        ctx.addIssue({ code: 'custom', message: `total says ${total} annotations but the first page alone lists ${count}.`, path: ['total'] });
      } else if (count < total && first.next === undefined) {
        ctx.addIssue({ code: 'custom', message: `total says ${total} annotations but the first page lists ${count} and has no next page.`, path: ['total'] });
      }
    },
    { when: () => true },
  );

/** Every way `value` breaks the model as an AnnotationCollection; empty when it conforms. */
export function annotationCollectionProblems(value: unknown): StandardProblem[] {
  const result = AnnotationCollectionSchema.safeParse(value);
  return result.success ? [] : problemsOf(result.error);
}

/** Every way `value` breaks the model as a stand-alone Annotation; empty when it conforms. */
export function webAnnotationProblems(value: unknown): StandardProblem[] {
  const result = WebAnnotationSchema.safeParse(value);
  return result.success ? [] : problemsOf(result.error);
}

// ---------------------------------------------------------------------------
// Positions against the annotated text

/** Shows a short excerpt of text in a message. */
function excerpt(text: string): string {
  const points = [...text];
  return JSON.stringify(points.length > 40 ? `${points.slice(0, 40).join('')}…` : text);
}

/**
 * Checks every target's selectors against `text`, the normalised text the
 * annotations were made on. Model 4.2.4: "The selection of the text MUST be in
 * terms of unicode code points (the "character number"), not in terms of code
 * units", and 4.2.5: "The text MUST be selected and normalized in the same way
 * as for the Text Quote Selector before counting the number of characters".
 *
 * So for a TextPositionSelector, `[...text].slice(start, end).join('')` must be
 * the `exact` of the TextQuoteSelector in the same target, with its `prefix`
 * immediately before and its `suffix` immediately after; a TextQuoteSelector on
 * its own must occur in the text. Takes a collection (embedded first page) or a
 * single annotation; returns one problem per mismatch.
 */
export function checkTextPositionSelectors(collectionOrAnnotation: unknown, text: string): StandardProblem[] {
  const problems: StandardProblem[] = [];
  const points = [...text];
  const root = isRecord(collectionOrAnnotation) ? collectionOrAnnotation : {};
  const first = root.first;
  const annotations: [unknown, PropertyKey[]][] =
    isRecord(first) && Array.isArray(first.items)
      ? first.items.map((item, index): [unknown, PropertyKey[]] => [item, ['first', 'items', index]])
      : asList(root.type).includes('Annotation')
        ? [[root, []]]
        : [];

  for (const [annotation, annotationPath] of annotations) {
    if (!isRecord(annotation)) continue;
    const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
    targets.forEach((target, targetIndex) => {
      if (!isRecord(target)) return;
      const targetPath = Array.isArray(annotation.target) ? [...annotationPath, 'target', targetIndex] : [...annotationPath, 'target'];
      const selectors = asList(target.selector);
      const at = (index: number) => formatPath(Array.isArray(target.selector) ? [...targetPath, 'selector', index] : [...targetPath, 'selector']);
      const quoteIndex = selectors.findIndex((selector) => isRecord(selector) && selector.type === 'TextQuoteSelector');
      const quote = quoteIndex >= 0 ? (selectors[quoteIndex] as Record<string, unknown>) : undefined;
      const exact = typeof quote?.exact === 'string' ? quote.exact : undefined;
      const prefix = typeof quote?.prefix === 'string' ? quote.prefix : '';
      const suffix = typeof quote?.suffix === 'string' ? quote.suffix : '';
      let positioned = false;

      selectors.forEach((selector, index) => {
        if (!isRecord(selector) || selector.type !== 'TextPositionSelector') return;
        const { start, end } = selector;
        if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) return;
        positioned = true;
        if (end > points.length) {
          problems.push({ path: at(index), message: `end ${end} lies past the end of the text, which has ${points.length} code points.` });
          return;
        }
        const selected = points.slice(start, end).join('');
        if (exact !== undefined && selected !== exact) {
          problems.push({
            path: at(index),
            message: `Code points ${start}–${end} of the text are ${excerpt(selected)}, not the quote ${excerpt(exact)}; positions must count Unicode code points.`,
          });
          return;
        }
        if (exact !== undefined && !points.slice(0, start).join('').endsWith(prefix)) {
          problems.push({ path: at(quoteIndex), message: `The text before code point ${start} does not end with the prefix ${excerpt(prefix)}.` });
        }
        if (exact !== undefined && !points.slice(end).join('').startsWith(suffix)) {
          problems.push({ path: at(quoteIndex), message: `The text after code point ${end} does not start with the suffix ${excerpt(suffix)}.` });
        }
      });

      if (!positioned && exact !== undefined && !text.includes(prefix + exact + suffix)) {
        problems.push({ path: at(quoteIndex), message: `The quote ${excerpt(exact)} with its prefix and suffix does not occur in the text.` });
      }
    });
  }
  return problems;
}
