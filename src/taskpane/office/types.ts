/**
 * Types shared by ./excel-gateway and ./build-sheets (which the gateway loads with import()), so the writer does not
 * import the gateway.
 */

/** Reports how far a build got: a message for the user and the share done, 0–1. */
export type BuildProgress = (message: string, fraction: number) => void;
