/**
 * Stable, snake_case error codes of the API. Every error response is
 * `{ error: { code, message, details, requestId } }` with one of these codes.
 */
export const ERROR_CODES = [
  /** The request body is not valid JSON. */
  'invalid_json',
  /** The request (body, query or path) does not match its schema. */
  'validation_failed',
  /** The body is larger than the server accepts (1 MB for article text, 64 kB elsewhere). */
  'payload_too_large',
  /** The body is not sent as JSON. */
  'unsupported_media_type',
  /** The requested resource does not exist. */
  'not_found',
  /** The route does not exist. */
  'route_not_found',
  /** The claim's offsets lie outside the article text. */
  'offsets_out_of_range',
  /** The claim's end lies before its start. */
  'offsets_reversed',
  /** The claim's span is empty. */
  'empty_span',
  /** The claim's quote is not exactly the article text at its offsets. */
  'quote_mismatch',
  /** The claim's quote contains only whitespace. */
  'whitespace_only_quote',
  /** An offset falls inside a grapheme cluster (e.g. between a letter and its harakat). */
  'splits_grapheme',
  /** A claim with exactly this span already exists in the article. */
  'claim_exists',
  /** The source is already linked to this claim. */
  'source_already_linked',
  /** The request conflicts with the current state. */
  'conflict',
  /** No valid session: log in first. */
  'unauthenticated',
  /** Email or password is wrong, or the account is deactivated. */
  'invalid_credentials',
  /** Too many failed logins; try again after `Retry-After` seconds. */
  'rate_limited',
  /** The user's role (or their relation to the resource) does not allow this. */
  'forbidden',
  /** A state-changing request came from another origin. */
  'cross_origin_refused',
  /** The write needs an `If-Match` header with the version last seen. */
  'precondition_required',
  /** Someone changed the resource since the version in `If-Match`; `current` holds it now. */
  'precondition_failed',
  /** The workflow does not allow this move from the claim's current status. */
  'invalid_transition',
  /** An approved claim is read-only until an editor reopens it. */
  'claim_locked',
  /** Whoever last set a claim's verdict cannot approve it. */
  'self_approval',
  /** The claim's anchor needs a reviewer (modified, fuzzy, orphaned) before approval. */
  'anchor_unresolved',
  /** A claim must have a verdict before it is submitted or approved. */
  'verdict_missing',
  'independent_sources_required',
  'kind_not_ratable',
  /** The claim does not need a second rating (an editor did not ask for one, or lifted it). */
  'second_rating_not_required',
  /** The second rating must come from someone other than the verdict's setter (and the verdict from someone other than the second rater). */
  'second_rater_is_first',
  /** Both ratings are in: the second can no longer change. */
  'second_rating_complete',
  /** The claim waits for an independent second rating, hidden from this user: they may not change its verdict or sources. */
  'blind_rating',
  /** A claim that needs two ratings cannot be approved before both are in. */
  'second_rating_missing',
  /** The two ratings differ: an editor must resolve it before the claim is approved. */
  'disagreement_unresolved',
  /** There is no disagreement to resolve. */
  'no_disagreement',
  /** The verdict is not marked outdated. */
  'not_outdated',
  /** Only an opinion claim rests on other claims (ADR 033). */
  'not_an_opinion',
  /** An opinion cannot rest on itself. */
  'rests_on_itself',
  /** An opinion rests only on claims of its own article. */
  'rests_on_other_article',
  /** The opinion already rests on that claim. */
  'already_rests_on',
  /** An opinion that rests on claims keeps its kind until those links are removed. */
  'opinion_rests_on_claims',
  /** The email is already used by another account. */
  'email_taken',
  /** The text was edited on a revision that is no longer the current one. */
  'stale_revision',
  /** The claim has no modified text or suggestion to confirm (someone may have resolved it). */
  'nothing_to_confirm',
  /** The search query has no words left once search operators are removed. */
  'query_has_no_words',
  /** PDF export needs a Chromium on the server, and none is installed. */
  'pdf_unavailable',
  /** The article has no publication yet, so there is no published report. */
  'not_published',
  /** Publishing would add nothing: no newly approved claims and no corrections. */
  'nothing_to_publish',
  /** Claims changed while the report was being prepared; publish again. */
  'report_changed',
  /** The ClaimReview export would break Google's requirements; `details` names each problem. */
  'claimreview_invalid',
  /** A rating with this key is already on the scale. */
  'rating_exists',
  /** The rating is used by verdicts, so it can be retired but not deleted. */
  'rating_in_use',
  /** The change would leave the rating scale without an active rating. */
  'last_active_rating',
  /** A rating's colours do not give text enough contrast (WCAG). */
  'low_contrast',
  /** The verdict names a rating that is not on the scale. */
  'unknown_rating',
  /** The verdict names a retired rating, which new verdicts cannot use. */
  'retired_rating',
  /** The address to fetch (or a redirect) is not http:// or https://. */
  'fetch_scheme_refused',
  /** The address to fetch carries a user name or password; the fetcher never sends credentials. */
  'fetch_credentials_refused',
  /** The host's address is in a range the server never fetches from (loopback, private, link-local, metadata, ...); `details` names the range. */
  'fetch_address_refused',
  /** The host name of the address to fetch does not resolve. */
  'fetch_host_not_found',
  /** The page's server could not be reached (connection refused or reset, TLS failure). */
  'fetch_connection_failed',
  /** The page redirected more often than the limit allows. */
  'fetch_too_many_redirects',
  /** The page answered with a redirect that has no usable Location. */
  'fetch_redirect_invalid',
  /** The page did not arrive in full within the time limit. */
  'fetch_timeout',
  /** The page is larger than the size limit. */
  'fetch_too_large',
  /** The page is not HTML (its Content-Type is not one the importer reads). */
  'fetch_content_type_refused',
  /** The page's server answered with an error status (4xx or 5xx); `details` gives it. */
  'fetch_http_status',
  /** Too many pages fetched in a short time (per user or for the whole server); try again after `Retry-After` seconds. */
  'fetch_rate_limited',
  /** No article text could be found in the page or document. */
  'import_no_text',
  /** The uploaded file is not a Word document (.docx) that can be read, or unpacks to more than the limits. */
  'import_document_invalid',
  /** Reading the page or document took more time (or memory) than its worker is allowed; paste the text instead. */
  'import_extraction_limit',
  /** Every extraction worker is busy and the queue is full; try again after `Retry-After` seconds. */
  'import_busy',
  /** The snapshots' storage budget (`SNAPSHOT_BUDGET_MB`) is used up: no new snapshot is kept until space is freed or the budget raised. */
  'snapshot_budget_full',
  /** Something failed on the server; the message never carries internals. */
  'internal_error',
] as const;

/** One of the API's error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in a request, `path` pointing into the input. */
export interface ErrorDetail {
  /** Where in the input the problem is, e.g. `["body", "url"]`. */
  path: (string | number)[];
  /** What is wrong, in plain words. */
  message: string;
}

/** The body of every error response. */
export interface ErrorEnvelope {
  error: {
    /** Stable machine-readable code. */
    code: ErrorCode;
    /** Human-readable explanation. */
    message: string;
    /** Per-field problems (may be empty). */
    details: ErrorDetail[];
    /** Correlates the response with the server's log line. */
    requestId?: string;
    /** With `precondition_failed`: the resource as it is now. */
    current?: unknown;
  };
}
