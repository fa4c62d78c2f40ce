// The site contracts' types: what each of the vendor's two sites says about an operation beyond the shared schema,
// as generators/site-contracts.ts derives it from the specs and generated/site-contracts.ts holds it at run time.
// Written once, here: the generated code re-exports them.

/** The vendor's two sites, each with its own hosts and definitions. */
export type Site = 'china' | 'intl';

/** Every site, China first (its definitions are the fuller ones). */
export const SITES: readonly Site[] = ['china', 'intl'];

/** Object path (`''` is the body, `Response.BlueprintSet[]` an item) → the field names a response schema declares there. */
export type KnownFields = Readonly<Record<string, readonly string[]>>;

/** A response node the spec ties to a recorded doc conflict, and how an answer meets it. */
export interface ConflictMark {
  /** Field path, e.g. `Response.BlueprintSet[].ImageId`. */
  readonly path: string;
  /** The `x-tc-doc-conflicts` id (generated/operations.ts `docConflicts`). */
  readonly conflict: string;
  /** Sites whose definitions allow null here (`x-tc-nullable-sites`); a null on another site meets the conflict. */
  readonly nullableOn?: readonly string[];
  /** The documented form (`x-tc-documented-pattern`); a string not matching it meets the conflict. */
  readonly documentedPattern?: string;
  /** Sites whose definitions have the field (`x-tc-sites`); the field answered on another site meets the conflict. */
  readonly offeredOn?: readonly string[];
}

/** One operation's per-site contract. */
export interface SiteContract {
  /** Sites whose definitions have the action (`x-tc-sites` on the operation; absent: both). */
  readonly sites: readonly Site[];
  /** Key into generated/validators.ts of each site's response validator (open: unknown fields never fail it). */
  readonly responseValidator: Readonly<Record<Site, string>>;
  /** Fields each site's response schema declares, per object path. */
  readonly fields: Readonly<Record<Site, KnownFields>>;
  readonly conflictMarks: readonly ConflictMark[];
}
