/**
 * Office accepts passwords of 1 to 255 characters. A module of its own so the export dialog can
 * check it without loading the encryption code into the first screen's bundle.
 */
export const OFFICE_PASSWORD_MAX_LENGTH = 255
