import { describe, expect, it } from 'vitest';
import {
  ANNO_CONTEXT,
  AnnotationCollectionSchema,
  WebAnnotationSchema,
  annotationCollectionProblems,
  checkTextPositionSelectors,
  isIri,
  isLanguageTag,
  isUtcDateTime,
  webAnnotationProblems,
} from './web-annotation.ts';

const C = ANNO_CONTEXT;

/** Examples from the Web Annotation Data Model (W3C Recommendation, 2017), numbered as there. */
const SPEC_EXAMPLES: Record<string, object> = {
  'Example 1 Basic Annotation Model': { '@context': C, id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.org/post1', target: 'http://example.com/page1' },
  'Example 2 External Web Resources': {
    '@context': C,
    id: 'http://example.org/anno2',
    type: 'Annotation',
    body: { id: 'http://example.org/analysis1.mp3', format: 'audio/mpeg', language: 'fr' },
    target: { id: 'http://example.gov/patent1.pdf', format: 'application/pdf', language: ['en', 'ar'], textDirection: 'ltr', processingLanguage: 'en' },
  },
  'Example 3 Typing of Body and Target': {
    '@context': C,
    id: 'http://example.org/anno3',
    type: 'Annotation',
    body: { id: 'http://example.org/video1', type: 'Video' },
    target: { id: 'http://example.org/website1', type: 'Text' },
  },
  'Example 4 IRIs with Fragment Components': {
    '@context': C,
    id: 'http://example.org/anno4',
    type: 'Annotation',
    body: 'http://example.org/description1',
    target: { id: 'http://example.com/image1#xywh=100,100,300,300', type: 'Image', format: 'image/jpeg' },
  },
  'Example 5 Textual Body': {
    '@context': C,
    id: 'http://example.org/anno5',
    type: 'Annotation',
    body: { type: 'TextualBody', value: "<p>j'adore !</p>", format: 'text/html', language: 'fr' },
    target: 'http://example.org/photo1',
  },
  'Example 6 String Body': { '@context': C, id: 'http://example.org/anno6', type: 'Annotation', bodyValue: 'Comment text', target: 'http://example.org/target1' },
  'Example 8 Annotations without a Body': { '@context': C, id: 'http://example.org/anno8', type: 'Annotation', target: 'http://example.org/ebook1' },
  'Example 9 Multiple Bodies or Targets': {
    '@context': C,
    id: 'http://example.org/anno9',
    type: 'Annotation',
    body: ['http://example.org/description1', { type: 'TextualBody', value: 'tag1' }],
    target: ['http://example.org/image1', 'http://example.org/image2'],
  },
  'Example 10 Choice': {
    '@context': C,
    id: 'http://example.org/anno10',
    type: 'Annotation',
    body: { type: 'Choice', items: [{ id: 'http://example.org/note1', language: 'en' }, { id: 'http://example.org/note2', language: 'fr' }] },
    target: 'http://example.org/website1',
  },
  'Example 11 Lifecycle Information': {
    '@context': C,
    id: 'http://example.org/anno11',
    type: 'Annotation',
    creator: 'http://example.org/user1',
    created: '2015-01-28T12:00:00Z',
    modified: '2015-01-29T09:00:00Z',
    generator: 'http://example.org/client1',
    generated: '2015-02-04T12:00:00Z',
    body: { id: 'http://example.net/review1', creator: 'http://example.net/user2', created: '2014-06-02T17:00:00Z' },
    target: 'http://example.com/restaurant1',
  },
  'Example 12 Agents': {
    '@context': C,
    id: 'http://example.org/anno12',
    type: 'Annotation',
    creator: { id: 'http://example.org/user1', type: 'Person', name: 'My Pseudonym', nickname: 'pseudo', email_sha1: '58bad08927902ff9307b621c54716dcc5083e339' },
    generator: { id: 'http://example.org/client1', type: 'Software', name: 'Code v2.1', homepage: 'http://example.org/client1/homepage1' },
    body: 'http://example.net/review1',
    target: 'http://example.com/restaurant1',
  },
  'Example 15 Motivation and Purpose': {
    '@context': C,
    id: 'http://example.org/anno15',
    type: 'Annotation',
    motivation: 'bookmarking',
    body: [
      { type: 'TextualBody', value: 'readme', purpose: 'tagging' },
      { type: 'TextualBody', value: 'A good description of the topic that bears further investigation', purpose: 'describing' },
    ],
    target: 'http://example.com/page1',
  },
  'Example 16 Rights': {
    '@context': C,
    id: 'http://example.org/anno16',
    type: 'Annotation',
    rights: 'https://creativecommons.org/publicdomain/zero/1.0/',
    body: { id: 'http://example.net/review1', rights: 'http://creativecommons.org/licenses/by-nc/4.0/' },
    target: 'http://example.com/product1',
  },
  'Example 17 Other Identities': {
    '@context': C,
    id: 'http://example.org/anno17',
    type: 'Annotation',
    canonical: 'urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df',
    via: 'http://other.example.org/anno1',
    body: { id: 'http://example.net/review1', rights: 'http://creativecommons.org/licenses/by/4.0/' },
    target: 'http://example.com/product1',
  },
  'Example 18 Resource with Purpose': {
    '@context': C,
    id: 'http://example.org/anno18',
    type: 'Annotation',
    body: { type: 'SpecificResource', purpose: 'tagging', source: 'http://example.org/city1' },
    target: { id: 'http://example.org/photo1', type: 'Image' },
  },
  'Example 19 Selectors': {
    '@context': C,
    id: 'http://example.org/anno19',
    type: 'Annotation',
    body: { source: 'http://example.org/page1', selector: 'http://example.org/paraselector1' },
    target: { source: 'http://example.com/dataset1', selector: 'http://example.org/dataselector1' },
  },
  'Example 20 Fragment Selector': {
    '@context': C,
    id: 'http://example.org/anno20',
    type: 'Annotation',
    body: { source: 'http://example.org/video1', purpose: 'describing', selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=30,60' } },
    target: 'http://example.org/image1',
  },
  'Example 21 CSS Selector': {
    '@context': C,
    id: 'http://example.org/anno21',
    type: 'Annotation',
    body: 'http://example.org/note1',
    target: { source: 'http://example.org/page1.html', selector: { type: 'CssSelector', value: '#elemid > .elemclass + p' } },
  },
  'Example 23 Text Quote Selector': {
    '@context': C,
    id: 'http://example.org/anno23',
    type: 'Annotation',
    body: 'http://example.org/comment1',
    target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' } },
  },
  'Example 24 Text Position Selector': {
    '@context': C,
    id: 'http://example.org/anno24',
    type: 'Annotation',
    body: 'http://example.org/review1',
    target: { source: 'http://example.org/ebook1', selector: { type: 'TextPositionSelector', start: 412, end: 795 } },
  },
  'Example 25 Data Position Selector': {
    '@context': C,
    id: 'http://example.org/anno25',
    type: 'Annotation',
    body: 'http://example.org/note1',
    target: { source: 'http://example.org/diskimg1', selector: { type: 'DataPositionSelector', start: 4096, end: 4104 } },
  },
  'Complete Example (Appendix)': {
    '@context': C,
    id: 'http://example.org/anno38',
    type: 'Annotation',
    motivation: 'commenting',
    creator: { id: 'http://example.org/user1', type: 'Person', name: 'A. Person', nickname: 'user1' },
    created: '2015-10-13T13:00:00Z',
    generator: { id: 'http://example.org/client1', type: 'Software', name: 'Code v2.1', homepage: 'http://example.org/homepage1' },
    generated: '2015-10-14T15:13:28Z',
    stylesheet: { id: 'http://example.org/stylesheet1', type: 'CssStylesheet' },
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: 'love' },
      {
        type: 'Choice',
        items: [
          { type: 'TextualBody', purpose: 'describing', value: 'I really love this particular bit of text in this XML. No really.', format: 'text/plain', language: 'en', creator: 'http://example.org/user1' },
          {
            type: 'SpecificResource',
            purpose: 'describing',
            source: { id: 'http://example.org/comment1', type: 'Audio', format: 'audio/mpeg', language: 'de', creator: { id: 'http://example.org/user2', type: 'Person' } },
          },
        ],
      },
    ],
    target: {
      type: 'SpecificResource',
      styleClass: 'mystyle',
      source: 'http://example.com/document1',
      state: [{ type: 'HttpRequestState', value: 'Accept: application/xml', refinedBy: { type: 'TimeState', sourceDate: '2015-09-25T12:00:00Z' } }],
      selector: {
        type: 'FragmentSelector',
        value: 'xpointer(/doc/body/section[2]/para[1])',
        refinedBy: { type: 'TextPositionSelector', start: 6, end: 27 },
      },
    },
  },
};

/** Example 44 of the model: "Annotation Collection with Embedded Page". */
const specCollection = () => ({
  '@context': C,
  id: 'http://example.org/collection1',
  type: 'AnnotationCollection',
  label: 'Two Annotations',
  total: 2,
  first: {
    id: 'http://example.org/page1',
    type: 'AnnotationPage',
    startIndex: 0,
    items: [
      { id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.net/comment1', target: 'http://example.com/book/chapter1' },
      { id: 'http://example.org/anno2', type: 'Annotation', body: 'http://example.net/comment2', target: 'http://example.com/book/chapter2' },
    ],
  },
});

const ARTICLE = '😀 قال الوزير إن الأسعار لن ترتفع هذا العام.';

/** A collection shaped like Sanad's export: one annotation quoting "قال الوزير" in ARTICLE. */
const sanadCollection = (selector: object[] = [
  { type: 'TextQuoteSelector', exact: 'قال الوزير', prefix: '😀 ', suffix: ' إن الأسعار' },
  { type: 'TextPositionSelector', start: 2, end: 12 },
]) => ({
  '@context': [C, { sanad: 'https://sanad.example/ns#' }],
  id: 'https://sanad.example/api/articles/7/report?format=w3c',
  type: 'AnnotationCollection',
  label: 'تصريحات الوزير',
  total: 1,
  first: {
    id: 'https://sanad.example/api/articles/7/report?format=w3c#page1',
    type: 'AnnotationPage',
    startIndex: 0,
    items: [
      {
        id: 'https://sanad.example/api/claims/3#annotation',
        type: 'Annotation',
        motivation: 'assessing',
        created: '2025-03-01T10:00:00.000Z',
        creator: { type: 'Organization', name: 'سند' },
        target: { type: 'SpecificResource', source: 'https://sanad.example/articles/7?revision=2', selector },
        body: [
          { type: 'TextualBody', purpose: 'assessing', value: 'False: prices rose 4%.', format: 'text/plain', language: 'ar', textDirection: 'rtl' },
          { type: 'SpecificResource', purpose: 'linking', source: 'https://stats.example/cpi', 'sanad:stance': 'refutes' },
        ],
      },
    ],
  },
});

/** A minimal valid stand-alone annotation to break one rule at a time. */
const annotation = (overrides: Record<string, unknown> = {}) => ({
  '@context': C,
  id: 'http://example.org/anno1',
  type: 'Annotation',
  target: 'http://example.com/page1',
  ...overrides,
});

function messages(value: unknown): string[] {
  return webAnnotationProblems(value).map((problem) => `${problem.path}: ${problem.message}`);
}

describe('WebAnnotationSchema', () => {
  it.each(Object.entries(SPEC_EXAMPLES))('accepts the model’s %s', (_name, example) => {
    expect(webAnnotationProblems(example)).toEqual([]);
    expect(WebAnnotationSchema.safeParse(example).success).toBe(true);
  });

  it('requires an @context that includes the Web Annotation context', () => {
    expect(messages(annotation({ '@context': undefined }))[0]).toMatch(/^@context: /);
    expect(messages(annotation({ '@context': 'https://schema.org' }))).toEqual([`@context: @context must include "${C}".`]);
    expect(messages(annotation({ '@context': ['http://iiif.io/api/image/2/context.json', C] }))).toEqual([]);
  });

  it('requires a single @context value to be a string, not an array of one', () => {
    expect(messages(annotation({ '@context': [C] }))).toEqual(['@context: A single @context value must be given as a string, not an array of one.']);
  });

  it('rejects an extension context that redefines a Web Annotation key', () => {
    expect(messages(annotation({ '@context': [C, { target: 'http://example.org/mine#target' }] }))).toEqual([
      '@context[1].target: The extension context redefines "target", a key of the Web Annotation context.',
    ]);
  });

  it('requires exactly one id IRI', () => {
    expect(messages(annotation({ id: undefined }))).toEqual(['id: An annotation must have exactly one id IRI.']);
    expect(messages(annotation({ id: 'anno 1' }))).toEqual(['id: "anno 1" is not an absolute IRI.']);
    expect(messages(annotation({ id: ['http://example.org/a', 'http://example.org/b'] }))).toEqual(['id: Expected exactly one IRI (a string).']);
    expect(messages(null)).toEqual([': An annotation must be a JSON object.']);
  });

  it('requires the Annotation type, alone or in an array', () => {
    expect(messages(annotation({ type: ['Annotation', 'schema:Review'] }))).toEqual([]);
    expect(messages(annotation({ type: 'Note' }))).toEqual(['type: type must include "Annotation".']);
    expect(messages(annotation({ type: undefined }))).toHaveLength(1);
  });

  it('requires one or more targets', () => {
    expect(messages(annotation({ target: undefined }))).toEqual(['target: An annotation must have at least one target.']);
    expect(messages(annotation({ target: [] }))).toEqual(['target: An annotation must have at least one target.']);
  });

  it('requires a SpecificResource target to have exactly one source', () => {
    expect(messages(annotation({ target: { type: 'SpecificResource', selector: { type: 'TextQuoteSelector', exact: 'x' } } }))).toEqual([
      'target.source: A SpecificResource must have exactly one source: an IRI, or an object with an id IRI.',
    ]);
    expect(messages(annotation({ target: { source: ['http://example.org/a', 'http://example.org/b'] } }))).toHaveLength(1);
  });

  it('requires an external resource to have an id IRI, and a target to be external', () => {
    expect(messages(annotation({ target: { type: 'Text' } }))[0]).toMatch(/^target\.id: An external resource must have exactly one id IRI/);
    expect(messages(annotation({ target: { type: 'TextualBody', value: 'x' } }))).toEqual([
      'target.type: A target must be an external web resource, not an embedded TextualBody or Choice.',
    ]);
  });

  it('requires a TextQuoteSelector to have exactly one exact and at most one prefix and suffix', () => {
    const target = (selector: object) => annotation({ target: { source: 'http://example.org/page1', selector } });
    expect(messages(target({ type: 'TextQuoteSelector', prefix: 'a' }))).toEqual(['target.selector.exact: A TextQuoteSelector must have exactly one exact string.']);
    expect(messages(target({ type: 'TextQuoteSelector', exact: 'x', prefix: ['a', 'b'] }))).toEqual(['target.selector.prefix: prefix must be a single string.']);
    expect(messages(target({ type: 'TextQuoteSelector', exact: 'x', suffix: 3 }))).toEqual(['target.selector.suffix: suffix must be a single string.']);
  });

  it('requires TextPositionSelector start and end to be non-negative integers, start not after end', () => {
    const target = (selector: object) => annotation({ target: { source: 'http://example.org/page1', selector: [selector] } });
    expect(messages(target({ type: 'TextPositionSelector', start: -1, end: 4 }))).toEqual(['target.selector[0].start: start must be a non-negative integer.']);
    expect(messages(target({ type: 'TextPositionSelector', start: 1.5, end: 4 }))).toEqual(['target.selector[0].start: start must be a non-negative integer.']);
    expect(messages(target({ type: 'TextPositionSelector', start: 0 }))).toEqual(['target.selector[0].end: end must be a non-negative integer.']);
    expect(messages(target({ type: 'TextPositionSelector', start: 9, end: 4 }))).toEqual(['target.selector[0].end: end must not be before start.']);
  });

  it('requires every selector to have one type, and checks selectors it refines', () => {
    const target = (selector: object) => annotation({ target: { source: 'http://example.org/page1', selector } });
    expect(messages(target({ exact: 'x' }))).toEqual(['target.selector.type: A selector must have exactly one type string.']);
    expect(messages(target({ type: 'FragmentSelector', value: 'p1', refinedBy: { type: 'TextPositionSelector', start: 5, end: 2 } }))).toEqual([
      'target.selector.refinedBy.end: end must not be before start.',
    ]);
    expect(messages(target({ type: 'ThreeDSelector', x: 1 }))).toEqual([]);
  });

  it('requires a TextualBody to have exactly one value', () => {
    expect(messages(annotation({ body: { type: 'TextualBody' } }))).toEqual(['body.value: A TextualBody must have exactly one value string.']);
    expect(messages(annotation({ body: { type: 'TextualBody', value: ['a', 'b'] } }))).toEqual(['body.value: A TextualBody must have exactly one value string.']);
  });

  it('requires a language to be a BCP 47 tag', () => {
    expect(messages(annotation({ body: { type: 'TextualBody', value: 'x', language: 'ar-EG' } }))).toEqual([]);
    expect(messages(annotation({ body: { type: 'TextualBody', value: 'x', language: 'Arabic language' } }))).toEqual(['body.language: "Arabic language" is not a BCP 47 language tag.']);
  });

  it('requires textDirection to be ltr, rtl or auto', () => {
    expect(messages(annotation({ body: { type: 'TextualBody', value: 'x', textDirection: 'right-to-left' } }))).toEqual([
      'body.textDirection: textDirection must be one of ltr, rtl or auto.',
    ]);
  });

  it('requires purposes and motivations to be Motivations', () => {
    expect(messages(annotation({ motivation: ['assessing', 'linking'] }))).toEqual([]);
    expect(messages(annotation({ motivation: 'http://example.org/motivations/factChecking' }))).toEqual([]);
    expect(messages(annotation({ motivation: 'factchecking' }))[0]).toMatch(/^motivation: "factchecking" is not a Motivation/);
    expect(messages(annotation({ body: { type: 'TextualBody', value: 'x', purpose: 'rating' } }))[0]).toMatch(/^body\.purpose: "rating" is not a Motivation/);
    expect(messages(annotation({ body: { type: 'SpecificResource', source: 'http://example.org/s', purpose: 'citing' } }))[0]).toMatch(/^body\.purpose: "citing"/);
  });

  it('forbids bodyValue beside a body, and a language on a bodyValue', () => {
    expect(messages(annotation({ bodyValue: 'x', body: 'http://example.org/b' }))).toEqual(['bodyValue: An annotation with bodyValue must not also have a body.']);
    expect(messages(annotation({ bodyValue: ['x', 'y'] }))).toEqual(['bodyValue: bodyValue must be a single string.']);
    expect(messages(annotation({ bodyValue: 'x', language: 'en' }))).toEqual(['language: A bodyValue must not have a language: use a TextualBody instead.']);
  });

  it('requires created, modified and generated to be one xsd:dateTime in UTC with Z', () => {
    expect(messages(annotation({ created: '2015-01-28T12:00:00+02:00' }))[0]).toMatch(/^created: "2015-01-28T12:00:00\+02:00" is not an xsd:dateTime in UTC/);
    expect(messages(annotation({ modified: '2015-02-30T12:00:00Z' }))[0]).toMatch(/^modified: /);
    expect(messages(annotation({ generated: ['2015-01-28T12:00:00Z', '2015-01-29T12:00:00Z'] }))).toEqual(['generated: Expected exactly one xsd:dateTime string.']);
  });

  it('requires agents to be IRIs or typed objects with at most one id', () => {
    expect(messages(annotation({ creator: { name: 'Sanad' } }))).toEqual(['creator.type: An agent’s type must include Person, Organization or Software.']);
    expect(messages(annotation({ creator: 5 }))).toEqual(['creator: An agent must be an IRI or an object with a type.']);
    expect(messages(annotation({ creator: { type: 'Robot', name: 'x' } }))).toEqual(['creator.type: An agent’s type must include Person, Organization or Software.']);
    expect(messages(annotation({ generator: { type: 'Software', id: ['http://a.example/', 'http://b.example/'] } }))).toEqual(['generator.id: Expected an IRI (a string).']);
    expect(messages(annotation({ creator: { type: 'Person', email: 'someone@example.org' } }))).toEqual(['creator.email: An email must be a mailto: IRI.']);
  });

  it('requires rights and canonical to be IRIs', () => {
    expect(messages(annotation({ rights: 'CC BY 4.0' }))).toEqual(['rights: "CC BY 4.0" is not an absolute IRI.']);
    expect(messages(annotation({ canonical: ['urn:a:1', 'urn:a:2'] }))).toHaveLength(1);
  });
});

describe('AnnotationCollectionSchema', () => {
  it('accepts the model’s collection examples, embedded and by reference', () => {
    expect(annotationCollectionProblems(specCollection())).toEqual([]);
    const byReference = {
      '@context': C,
      id: 'http://example.org/collection1',
      type: 'AnnotationCollection',
      label: 'Steampunk Annotations',
      creator: 'http://example.com/publisher',
      total: 42023,
      first: 'http://example.org/page1',
      last: 'http://example.org/page42',
    };
    expect(AnnotationCollectionSchema.safeParse(byReference).success).toBe(true);
  });

  it('accepts a collection shaped like Sanad’s export', () => {
    expect(annotationCollectionProblems(sanadCollection())).toEqual([]);
  });

  it('requires the context, an id and the AnnotationCollection type', () => {
    const problems = annotationCollectionProblems({ ...specCollection(), '@context': undefined, id: undefined, type: 'Collection' });
    expect(problems.map((problem) => problem.path)).toEqual(['@context', 'id', 'type']);
    // The collection has no "single value as a string" rule.
    expect(annotationCollectionProblems({ ...specCollection(), '@context': [C] })).toEqual([]);
  });

  it('requires label to be a string and total a non-negative integer', () => {
    expect(annotationCollectionProblems({ ...specCollection(), label: 7 })).toEqual([{ path: 'label', message: 'Expected a label string or an array of them.' }]);
    expect(annotationCollectionProblems({ ...specCollection(), total: -1 })).toEqual([{ path: 'total', message: 'total must be a non-negative integer.' }]);
    expect(annotationCollectionProblems({ ...specCollection(), total: '2' })).toEqual([{ path: 'total', message: 'total must be a non-negative integer.' }]);
  });

  it('requires a first page when total is above 0, and none is needed for an empty collection', () => {
    const { first: _first, ...rest } = specCollection();
    expect(annotationCollectionProblems(rest)).toEqual([{ path: 'first', message: 'The collection has 2 annotations but no first page.' }]);
    expect(annotationCollectionProblems({ ...rest, total: 0 })).toEqual([]);
  });

  it('requires the embedded page to have an id IRI and the AnnotationPage type', () => {
    const collection = specCollection();
    const { id: _id, ...page } = collection.first;
    expect(annotationCollectionProblems({ ...collection, first: { ...page, type: 'Page' } })).toEqual([
      { path: 'first.id', message: 'An AnnotationPage must have exactly one id IRI.' },
      { path: 'first.type', message: 'type must include "AnnotationPage".' },
    ]);
  });

  it('requires items to list one or more annotations, each with an id, type and target', () => {
    const collection = specCollection();
    expect(annotationCollectionProblems({ ...collection, total: 0, first: { ...collection.first, items: [] } })).toEqual([
      { path: 'first.items', message: 'An AnnotationPage must list at least one annotation in items; leave first out of an empty collection.' },
    ]);
    const broken = { ...collection, first: { ...collection.first, items: [{ id: 'http://example.org/anno1', type: 'Annotation' }, collection.first.items[1]] } };
    expect(annotationCollectionProblems(broken)).toEqual([{ path: 'first.items[0].target', message: 'An annotation must have at least one target.' }]);
  });

  it('requires startIndex to be a non-negative integer, 0 on the first page, and partOf to name the collection', () => {
    const collection = specCollection();
    expect(annotationCollectionProblems({ ...collection, first: { ...collection.first, startIndex: -2 } })).toContainEqual({
      path: 'first.startIndex',
      message: 'startIndex must be a non-negative integer.',
    });
    expect(annotationCollectionProblems({ ...collection, first: { ...collection.first, startIndex: 5 } })).toEqual([
      { path: 'first.startIndex', message: 'The first page’s startIndex must be 0.' },
    ]);
    expect(annotationCollectionProblems({ ...collection, first: { ...collection.first, partOf: { label: 'x' } } })).toHaveLength(1);
  });

  it('requires total to agree with the first page when there is no next page', () => {
    const collection = specCollection();
    expect(annotationCollectionProblems({ ...collection, total: 3 })).toEqual([
      { path: 'total', message: 'total says 3 annotations but the first page lists 2 and has no next page.' },
    ]);
    expect(annotationCollectionProblems({ ...collection, total: 3, first: { ...collection.first, next: 'http://example.org/page2' } })).toEqual([]);
    expect(annotationCollectionProblems({ ...collection, total: 1 })).toEqual([{ path: 'total', message: 'total says 1 annotations but the first page alone lists 2.' }]);
  });
});

describe(checkTextPositionSelectors.name, () => {
  it('accepts positions counted in code points after an emoji', () => {
    expect([...ARTICLE].slice(2, 12).join('')).toBe('قال الوزير');
    expect(checkTextPositionSelectors(sanadCollection(), ARTICLE)).toEqual([]);
  });

  it('rejects positions counted in UTF-16 code units', () => {
    // The emoji is two code units, so a UTF-16 count puts the quote at 3..13.
    expect(ARTICLE.slice(3, 13)).toBe('قال الوزير');
    const problems = checkTextPositionSelectors(
      sanadCollection([
        { type: 'TextQuoteSelector', exact: 'قال الوزير', prefix: '😀 ', suffix: ' إن الأسعار' },
        { type: 'TextPositionSelector', start: 3, end: 13 },
      ]),
      ARTICLE,
    );
    expect(problems).toEqual([
      {
        path: 'first.items[0].target.selector[1]',
        message: 'Code points 3–13 of the text are "ال الوزير ", not the quote "قال الوزير"; positions must count Unicode code points.',
      },
    ]);
  });

  it('rejects a prefix or suffix that does not surround the position', () => {
    const problems = checkTextPositionSelectors(
      sanadCollection([
        { type: 'TextQuoteSelector', exact: 'قال الوزير', prefix: 'أمس ', suffix: ' إن الأسعار' },
        { type: 'TextPositionSelector', start: 2, end: 12 },
      ]),
      ARTICLE,
    );
    expect(problems).toEqual([{ path: 'first.items[0].target.selector[0]', message: 'The text before code point 2 does not end with the prefix "أمس ".' }]);
  });

  it('rejects an end past the end of the text', () => {
    const problems = checkTextPositionSelectors(sanadCollection([{ type: 'TextPositionSelector', start: 40, end: 400 }]), ARTICLE);
    expect(problems).toEqual([{ path: 'first.items[0].target.selector[0]', message: `end 400 lies past the end of the text, which has ${[...ARTICLE].length} code points.` }]);
  });

  it('rejects a quote without a position that is not in the text', () => {
    expect(checkTextPositionSelectors(sanadCollection([{ type: 'TextQuoteSelector', exact: 'قال الوزير', prefix: '😀 ' }]), ARTICLE)).toEqual([]);
    expect(checkTextPositionSelectors(sanadCollection([{ type: 'TextQuoteSelector', exact: 'قال الرئيس' }]), ARTICLE)).toEqual([
      { path: 'first.items[0].target.selector[0]', message: 'The quote "قال الرئيس" with its prefix and suffix does not occur in the text.' },
    ]);
  });

  it('checks a single annotation as well as a collection', () => {
    const single = { ...sanadCollection().first.items[0]!, '@context': C };
    expect(checkTextPositionSelectors(single, ARTICLE)).toEqual([]);
    const wrong = { ...single, target: { ...single.target, selector: { type: 'TextPositionSelector', start: 0, end: 3 } } };
    expect(checkTextPositionSelectors({ ...wrong, target: [wrong.target] }, 'abcdef')).toEqual([]);
    expect(
      checkTextPositionSelectors({ ...wrong, target: [{ ...wrong.target, selector: [{ type: 'TextQuoteSelector', exact: 'xyz' }, wrong.target.selector] }] }, 'abcdef'),
    ).toEqual([{ path: 'target[0].selector[1]', message: 'Code points 0–3 of the text are "abc", not the quote "xyz"; positions must count Unicode code points.' }]);
  });
});

describe('value rules', () => {
  it('recognises IRIs, UTC date-times and language tags', () => {
    expect(isIri('urn:uuid:dbfb1861-0ecf-41ad-be94-a584e5c4f1df')).toBe(true);
    expect(isIri('https://sanad.example/مقال/1')).toBe(true);
    expect(isIri('/relative/path')).toBe(false);
    expect(isIri('http://example.org/a b')).toBe(false);
    expect(isUtcDateTime('2024-02-29T23:59:59.123Z')).toBe(true);
    expect(isUtcDateTime('2023-02-29T00:00:00Z')).toBe(false);
    expect(isUtcDateTime('2024-01-01T24:00:00Z')).toBe(false);
    expect(isUtcDateTime('2024-01-01')).toBe(false);
    expect(isLanguageTag('ar')).toBe(true);
    expect(isLanguageTag('zh-Hant-TW')).toBe(true);
    expect(isLanguageTag('arabic!')).toBe(false);
  });
});
