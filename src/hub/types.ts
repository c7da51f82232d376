/** A config.json fetched from the Hub (or its cache), as plain data for the pure loader; or why not. */
export type HubConfig = { ok: true; config: unknown; source: string } | { ok: false; error: string };

/**
 * What the loader knows of Hugging Face Hub models: configs fetched before validation, and the ids it wanted
 * but did not have (the shell fetches those and validates again). Offline, nothing is fetched.
 */
export interface HubContext {
  configs: ReadonlyMap<string, HubConfig>;
  wanted: Set<string>;
  offline: boolean;
}

/** owner/name, optionally @revision: the Hub's repository id syntax. */
export const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+(@[\w./-]+)?$/;
