/** A translation of an English namespace: exactly its ids, each an ICU MessageFormat string. */
export type Translation<T> = { readonly [K in keyof T]: string };
