/**
 * Open Graph writes locales with an underscore.
 * @example openGraphLocale("en-GB") // "en_GB"
 */
export const openGraphLocale = (language: string): string => language.replace("-", "_");
